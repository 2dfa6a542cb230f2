import functools
from concurrent.futures import ProcessPoolExecutor


def resize(box, image):
    name, width, height = image
    scale = min(box[0] / width, box[1] / height, 1.0)
    return name, int(width * scale), int(height * scale)


class ThumbnailService:
    def __init__(self, box=(160, 160), workers=2):
        self.box = box
        self.workers = workers

    def render(self, images):
        with ProcessPoolExecutor(max_workers=self.workers) as pool:
            return list(pool.map(functools.partial(resize, self.box), images))


def main():
    service = ThumbnailService()
    out = service.render([("a.jpg", 1920, 1080), ("b.png", 800, 800)])
    assert out == [("a.jpg", 160, 90), ("b.png", 160, 160)], out
    print("OK")


if __name__ == "__main__":
    main()
