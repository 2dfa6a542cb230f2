"""Connection pool that tracks how many connections are checked out."""
import threading
import time


class ConnectionPool:
    def __init__(self, factory, max_size=10):
        self._factory = factory
        self._max_size = max_size
        self._idle = []
        self._lock = threading.Lock()
        self.in_use = 0

    def acquire(self):
        with self._lock:
            if self.in_use >= self._max_size:
                raise RuntimeError("pool exhausted")
            self.in_use += 1
            conn = self._idle.pop() if self._idle else None
        if conn is None:
            conn = self._factory()
        return conn

    def release(self, conn):
        with self._lock:
            self._idle.append(conn)
            self.in_use -= 1


def worker(pool, out):
    out.append(pool.acquire())


if __name__ == "__main__":
    created = []

    def slow_connect():
        time.sleep(0.01)
        conn = object()
        created.append(conn)
        return conn

    pool = ConnectionPool(slow_connect)
    checked_out = []
    threads = [threading.Thread(target=worker, args=(pool, checked_out)) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()

    assert len(checked_out) == 6 and len(created) == 6
    assert pool.in_use == 6
    for conn in checked_out:
        pool.release(conn)
    assert pool.in_use == 0
    print("OK")
