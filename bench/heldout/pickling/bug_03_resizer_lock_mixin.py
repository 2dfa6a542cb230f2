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
            return list(pool.map(self.resize, sizes))


if __name__ == "__main__":
    svc = ThumbnailService(max_side=128)
    assert svc.resize((1024, 512)) == (128, 64)
    svc._bump("resized")
    try:
        svc.resize_many([(1024, 768), (640, 480)])
    except TypeError as exc:
        assert "cannot pickle '_thread.lock' object" in str(exc)
    else:
        raise AssertionError("bound method unexpectedly pickled")
    print("BUG SHOWN")
