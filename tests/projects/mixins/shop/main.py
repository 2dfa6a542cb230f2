"""`python3 -m shop.main`: what one class adds shows up in the others."""
from .counters import Express, Standard
from .models import Article, Book, Film, Memo, Note, Photo, Sticker, Strip, Upper

if __name__ == "__main__":
    Article("release").tag("Draft")
    assert Photo("cover.png").tags == {"draft"}  # a photo sees the article's tag
    assert Strip().run("  x ") == "X"  # Upper's hook runs for Strip too: not "x"
    assert Upper.hooks is Strip.hooks and len(Upper.hooks) == 2
    assert Book.known == [Book, Film]  # the registry: shared on purpose
    n = Note()
    n.tag("a")
    assert Memo().tags == set()
    s = Sticker()
    s.tag("x")
    assert Sticker().tags == set()
    Standard().take_in(1)
    assert Express().in_use == {1}  # the express counter sees the standard counter's ticket
    print("shared: Article/Photo tags, Upper/Strip hooks; own: Note/Memo, Sticker")
