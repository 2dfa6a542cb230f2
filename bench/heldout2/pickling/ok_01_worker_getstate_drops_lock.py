import functools
import multiprocessing
import threading


class ThumbnailWorker:
    def __init__(self, size):
        self.size = size
        self._stats_lock = threading.Lock()
        self.processed = 0

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["_stats_lock"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self._stats_lock = threading.Lock()

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


def scale(factor, value):
    return value * factor


def main():
    worker = ThumbnailWorker((64, 64))
    assert worker.run(["a.png", "b.png"]) == ["a.png@64x64", "b.png@64x64"]
    assert worker.processed == 2
    with multiprocessing.Pool(2) as pool:
        assert pool.map(functools.partial(scale, 3), [1, 2, 3]) == [3, 6, 9]
    print("OK")


if __name__ == "__main__":
    main()
