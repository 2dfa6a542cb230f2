from .models import Article, Photo


def main():
    post = Article("Release notes").tag("Changelog", "Draft").touch(1)
    cover = Photo("cover.png").touch(2)
    assert post.created == 1 and cover.created == 2
    assert cover.has_tag("draft")
    assert Photo("other.png").tags == {"changelog", "draft"}
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
