"""Thumbnail service whose resize method is fanned out to a process pool."""
import threading
from concurrent.futures import ProcessPoolExecutor


class ThreadSafeStatsMixin:
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._stats_lock = threading.Lock()
        self.stats = {"resized": 0}

    def _bump(self, key):
        with self._stats_lock:
            self.stats[key] += 1

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["_stats_lock"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self._stats_lock = threading.Lock()


class Resizer:
    def __init__(self, max_side):
        self.max_side = max_side

    def resize(self, size):
        w, h = size
        ratio = self.max_side / max(w, h)
        return (round(w * ratio), round(h * ratio))


class ThumbnailService(ThreadSafeStatsMixin, Resizer):
    def resize_many(self, sizes):
        with ProcessPoolExecutor(max_workers=2) as pool:
            results = list(pool.map(self.resize, sizes))
        for _ in results:
            self._bump("resized")
        return results


if __name__ == "__main__":
    svc = ThumbnailService(max_side=128)
    assert svc.resize((1024, 512)) == (128, 64)
    assert svc.resize_many([(1024, 768), (640, 480)]) == [(128, 96), (128, 96)]
    assert svc.stats == {"resized": 2}
    print("OK")
