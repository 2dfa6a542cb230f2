from .pipeline import preview_pipeline, thumbnail_pipeline
from .stages import Image


def main():
    thumbs = thumbnail_pipeline()
    previews = preview_pipeline()

    thumb = thumbs.process(Image("cat.jpg", 4000, 3000))
    preview = previews.process(Image("dog.jpg", 2048, 1536))

    assert thumb.history == ["resize:128", "grayscale"]
    assert (preview.width, preview.height) == (1024, 768)
    assert preview.history == ["resize:128", "resize:1024"], preview.history
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
