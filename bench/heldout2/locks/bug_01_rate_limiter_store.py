import threading


class MemoryStore:
    def __init__(self):
        self._data = {}

    def get(self, key):
        return self._data.get(key, 0)

    def set(self, key, value):
        self._data[key] = value


class RateLimiter:
    def __init__(self, store, limit):
        self.store = store
        self.limit = limit

    def _key(self, client):
        return f"ratelimit:{client}"

    def allow(self, client):
        key = self._key(client)
        count = self.store.get(key)
        if count >= self.limit:
            return False
        self.store.set(key, count + 1)
        return True


class InstrumentedStore(MemoryStore):
    def __init__(self, on_read):
        super().__init__()
        self.on_read = on_read

    def get(self, key):
        value = super().get(key)
        self.on_read(key)
        return value


def main():
    barrier = threading.Barrier(2)
    store = InstrumentedStore(on_read=lambda key: barrier.wait(timeout=5))
    limiter = RateLimiter(store, limit=1)
    results = []

    def worker():
        results.append(limiter.allow("10.0.0.7"))

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [True, True], results
    assert store._data["ratelimit:10.0.0.7"] == 1
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
