class Thumbnail:
    _rendered = {}

    def __init__(self, source, width):
        self.source = source
        self.width = width

    def _scale(self):
        w, h = self.source["size"]
        return (self.width, round(h * self.width / w))

    @property
    def size(self):
        if "size" not in self._rendered:
            self._rendered["size"] = self._scale()
        return self._rendered["size"]


class Gallery:
    def __init__(self, images, width):
        self.thumbs = [Thumbnail(img, width) for img in images]

    def layout(self):
        return [t.size for t in self.thumbs]


def main():
    wide = {"size": (1600, 900)}
    tall = {"size": (600, 1200)}
    sizes = Gallery([wide, tall], 160).layout()
    assert sizes == [(160, 90), (160, 90)], sizes
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
