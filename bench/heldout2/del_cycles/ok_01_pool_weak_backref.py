import gc
import weakref

CLOSED = []


class Connection:
    def __init__(self, pool, conn_id):
        self._pool = weakref.ref(pool)
        self.conn_id = conn_id

    def release(self):
        pool = self._pool()
        if pool is not None:
            pool._idle.append(self)


class ConnectionPool:
    def __init__(self, name, size):
        self.name = name
        self._idle = []
        for i in range(size):
            Connection(self, i).release()

    def acquire(self):
        return self._idle.pop()

    def __del__(self):
        CLOSED.append(self.name)


def main():
    gc.disable()
    pool = ConnectionPool("orders-db", size=3)
    conn = pool.acquire()
    conn.release()
    del conn
    del pool
    assert CLOSED == ["orders-db"], CLOSED
    gc.enable()
    print("OK")


if __name__ == "__main__":
    main()
