"""Request metrics collected from many handler threads."""
import threading
import time


class Metrics:
    def __init__(self, store=None):
        self._store = store if store is not None else {}
        self._lock = threading.Lock()

    def incr(self, name, amount=1):
        with self._lock:
            self._store[name] = self._store.get(name, 0) + amount

    def snapshot(self):
        with self._lock:
            return dict(self._store)


class RequestHandler:
    def __init__(self, metrics):
        self.metrics = metrics

    def handle(self, path):
        self.metrics.incr("requests")
        self.metrics.incr(f"path:{path}")
        return 200


if __name__ == "__main__":
    class SlowStore(dict):
        def get(self, key, default=None):
            value = super().get(key, default)
            time.sleep(0.001)
            return value

    metrics = Metrics(store=SlowStore())
    handler = RequestHandler(metrics)

    def burst(path):
        for _ in range(20):
            handler.handle(path)

    threads = [threading.Thread(target=burst, args=(p,)) for p in ("/a", "/b", "/a", "/c")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()

    snap = metrics.snapshot()
    assert snap["requests"] == 80
    assert snap["path:/a"] == 40 and snap["path:/c"] == 20
    print("OK")
