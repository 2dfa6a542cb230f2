import threading
from concurrent.futures import ProcessPoolExecutor


class ImageResizer:
    def __init__(self, quality):
        self.quality = quality
        self._stats_lock = threading.Lock()
        self.processed = 0

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["_stats_lock"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self._stats_lock = threading.Lock()

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
    resizer = ImageResizer(quality=80)
    out = ThumbnailService(resizer).run([("cat.jpg", (1024, 768)), ("dog.jpg", (640, 640))])
    assert out == [("cat.jpg", (128, 96), 80), ("dog.jpg", (128, 128), 80)], out
    assert resizer.processed == 2
    print("OK")


if __name__ == "__main__":
    main()
