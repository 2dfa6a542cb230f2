import pickle
from concurrent.futures import ProcessPoolExecutor


def resize(image, box):
    name, width, height = image
    scale = min(box[0] / width, box[1] / height, 1.0)
    return name, int(width * scale), int(height * scale)


class ThumbnailService:
    def __init__(self, box=(160, 160), workers=2):
        self.box = box
        self.workers = workers

    def render(self, images):
        with ProcessPoolExecutor(max_workers=self.workers) as pool:
            return list(pool.map(lambda img: resize(img, self.box), images))


def main():
    service = ThumbnailService()
    try:
        service.render([("a.jpg", 1920, 1080), ("b.png", 800, 800)])
    except (pickle.PicklingError, AttributeError) as exc:
        assert "lambda" in str(exc)
        print("BUG SHOWN")
    else:
        raise AssertionError("expected a pickling error")


if __name__ == "__main__":
    main()
