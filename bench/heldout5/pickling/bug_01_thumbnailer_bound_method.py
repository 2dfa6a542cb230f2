import threading
from concurrent.futures import ProcessPoolExecutor


class Thumbnailer:
    def __init__(self, size, quality=85):
        self.size = size
        self.quality = quality
        self._stats_lock = threading.Lock()
        self.processed = 0

    def render(self, job):
        name, width, height = job
        scale = min(self.size / width, self.size / height, 1.0)
        return name, round(width * scale), round(height * scale), self.quality

    def _record(self, count):
        with self._stats_lock:
            self.processed += count

    def run(self, jobs, workers=2):
        with ProcessPoolExecutor(max_workers=workers) as pool:
            results = list(pool.map(self.render, jobs))
        self._record(len(results))
        return results


if __name__ == "__main__":
    thumbs = Thumbnailer(128)
    jobs = [("cat.jpg", 1024, 768), ("dog.png", 640, 640), ("logo.gif", 64, 32)]
    try:
        thumbs.run(jobs)
    except TypeError as exc:
        assert "pickle" in str(exc) and "lock" in str(exc), exc
        assert thumbs.processed == 0
        print("BUG SHOWN")
    else:
        raise SystemExit("thumbnails rendered")
