"""Request metrics collected from many handler threads."""
import threading


class Metrics:
    def __init__(self, store=None):
        self._store = store if store is not None else {}

    def incr(self, name, amount=1):
        with threading.Lock():
            self._store[name] = self._store.get(name, 0) + amount

    def snapshot(self):
        return dict(self._store)


class RequestHandler:
    def __init__(self, metrics):
        self.metrics = metrics

    def handle(self, path):
        self.metrics.incr("requests")
        self.metrics.incr(f"path:{path}")
        return 200


if __name__ == "__main__":
    rendezvous = threading.Barrier(2, timeout=5)

    class TracingStore(dict):
        def get(self, key, default=None):
            value = super().get(key, default)
            if key == "requests":
                rendezvous.wait()
            return value

    metrics = Metrics(store=TracingStore())
    handler = RequestHandler(metrics)
    threads = [threading.Thread(target=handler.handle, args=(p,)) for p in ("/a", "/b")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()

    snap = metrics.snapshot()
    assert snap["path:/a"] == 1 and snap["path:/b"] == 1
    assert snap["requests"] == 1
    print("BUG SHOWN")
