class ExifMixin:
    exif = {}

    def set_tag(self, tag, value):
        self.exif[tag] = value
        return self

    def tag(self, tag, default=None):
        return self.exif.get(tag, default)


class Image(ExifMixin):
    def __init__(self, path, width, height):
        self.path = path
        self.width = width
        self.height = height

    def resized(self, width):
        ratio = width / self.width
        return Image(self.path.replace(".jpg", f"_{width}.jpg"), width, round(self.height * ratio))


class Pipeline:
    def __init__(self, steps):
        self.steps = steps

    def process(self, image):
        for step in self.steps:
            image = step(image)
        return image


def stamp_camera(model):
    def step(image):
        return image.set_tag("Model", model)
    return step


def thumbnail(width):
    def step(image):
        return image.resized(width).set_tag("ImageDescription", "thumbnail")
    return step


def main():
    pipe = Pipeline([stamp_camera("X-T5"), thumbnail(320)])
    thumb = pipe.process(Image("beach.jpg", 6240, 4160))
    assert thumb.tag("Model") == "X-T5"
    original = Image("scan.jpg", 2480, 3508)
    assert original.tag("ImageDescription") == "thumbnail"
    assert original.tag("Model") == "X-T5"
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
