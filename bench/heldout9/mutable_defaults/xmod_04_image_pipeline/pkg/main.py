from .pipeline import Image
from .presets import avatar_pipeline, gallery_pipeline


def main():
    avatar = avatar_pipeline()
    gallery = gallery_pipeline()
    out = gallery.run(Image(1024, 768))
    assert out.ops == ("thumbnail", "grayscale", "watermark"), out.ops
    assert avatar.steps is gallery.steps
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
