"""`python3 -m ui.main`: an ErrorLabel paints every default-styled Label red."""
from .forms import ErrorLabel, KeywordLabel, OwnStyleLabel, TaggedLabel
from .widgets import Label

if __name__ == "__main__":
    assert Label("a").render() == '<span style="">a</span>'
    ErrorLabel("bad")
    assert Label("b").render() == '<span style="color:red">b</span>'  # the shared default
    OwnStyleLabel("c")
    TaggedLabel("d")
    KeywordLabel("e")
    assert Label("f").tags == [] and Label("g").style == {"color": "red"}
    print("ErrorLabel changed the default style of every Label made without one")
