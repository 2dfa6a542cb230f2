import multiprocessing
import threading


class ThumbnailWorker:
    def __init__(self, size):
        self.size = size
        self._stats_lock = threading.Lock()
        self.processed = 0

    def render(self, path):
        width, height = self.size
        return f"{path}@{width}x{height}"

    def _count(self, n):
        with self._stats_lock:
            self.processed += n

    def run(self, paths, processes=2):
        with multiprocessing.Pool(processes) as pool:
            results = pool.map(self.render, paths)
        self._count(len(results))
        return results


def main():
    worker = ThumbnailWorker((128, 128))
    try:
        worker.run(["a.png", "b.png", "c.png"])
    except TypeError as exc:
        assert "pickle" in str(exc) and "lock" in str(exc), exc
        assert worker.processed == 0
        print("BUG SHOWN")
    else:
        raise AssertionError("expected pickling failure")


if __name__ == "__main__":
    main()
