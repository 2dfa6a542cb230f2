import threading
from concurrent.futures import ProcessPoolExecutor


class ImageResizer:
    def __init__(self, quality):
        self.quality = quality
        self._stats_lock = threading.Lock()
        self.processed = 0

    def resize(self, job):
        name, (w, h) = job
        ratio = 128 / max(w, h)
        return name, (int(w * ratio), int(h * ratio)), self.quality

    def note_done(self, _future):
        with self._stats_lock:
            self.processed += 1


class ThumbnailService:
    def __init__(self, resizer):
        self.resizer = resizer

    def run(self, jobs):
        with ProcessPoolExecutor(max_workers=2) as pool:
            futures = [pool.submit(self.resizer.resize, job) for job in jobs]
            for fut in futures:
                fut.add_done_callback(self.resizer.note_done)
            return [f.result() for f in futures]


def main():
    service = ThumbnailService(ImageResizer(quality=80))
    try:
        service.run([("cat.jpg", (1024, 768)), ("dog.jpg", (640, 640))])
    except TypeError as exc:
        assert "cannot pickle '_thread.lock' object" in str(exc), exc
        print("BUG SHOWN")
        return
    raise AssertionError("thumbnails produced")


if __name__ == "__main__":
    main()
