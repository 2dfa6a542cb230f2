"""Connection pool that tracks how many connections are checked out."""
import threading


class ConnectionPool:
    def __init__(self, factory, max_size=10):
        self._factory = factory
        self._max_size = max_size
        self._idle = []
        self._lock = threading.Lock()
        self.in_use = 0

    def acquire(self):
        with self._lock:
            conn = self._idle.pop() if self._idle else None
        count = self.in_use
        if count >= self._max_size:
            raise RuntimeError("pool exhausted")
        if conn is None:
            conn = self._factory()
        self.in_use = count + 1
        return conn

    def release(self, conn):
        with self._lock:
            self._idle.append(conn)
            self.in_use -= 1


def worker(pool, out):
    out.append(pool.acquire())


if __name__ == "__main__":
    handshake = threading.Barrier(2, timeout=5)
    created = []

    def slow_connect():
        handshake.wait()
        conn = object()
        created.append(conn)
        return conn

    pool = ConnectionPool(slow_connect)
    checked_out = []
    threads = [threading.Thread(target=worker, args=(pool, checked_out)) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()

    assert len(checked_out) == 2 and len(created) == 2
    assert pool.in_use == 1
    print("BUG SHOWN")
