import threading


class Connection:
    opened = 0

    def __init__(self, dsn):
        Connection.opened += 1
        self.dsn = dsn


class LazyRegistry:
    def __init__(self, loader):
        self._loader = loader
        self._lock = threading.Lock()
        self._values = {}

    def _cached(self, key):
        with self._lock:
            return self._values.get(key)

    def _store(self, key, value):
        with self._lock:
            self._values[key] = value

    def get(self, key):
        value = self._cached(key)
        if value is None:
            value = self._loader(key)
            self._store(key, value)
        return value


def main():
    barrier = threading.Barrier(2)

    def open_connection(dsn):
        conn = Connection(dsn)
        barrier.wait(timeout=5)
        return conn

    registry = LazyRegistry(open_connection)
    got = []
    threads = [threading.Thread(target=lambda: got.append(registry.get("db://main"))) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert Connection.opened == 2
    assert got[0] is not got[1]
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
