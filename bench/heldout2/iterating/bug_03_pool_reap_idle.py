class PooledConnection:
    def __init__(self, conn_id, last_used):
        self.conn_id = conn_id
        self.last_used = last_used
        self.open = True


class ConnectionPool:
    def __init__(self, max_idle_seconds):
        self.max_idle_seconds = max_idle_seconds
        self._idle = set()
        self._in_use = set()
        self.closed = []

    def release(self, conn):
        self._in_use.discard(conn)
        self._idle.add(conn)

    def _close(self, conn):
        conn.open = False
        self._idle.discard(conn)
        self.closed.append(conn.conn_id)

    def reap(self, now):
        for conn in self._idle:
            if now - conn.last_used > self.max_idle_seconds:
                self._close(conn)


def main():
    pool = ConnectionPool(max_idle_seconds=30)
    for i, last_used in enumerate([0, 5, 90, 95]):
        pool.release(PooledConnection(i, last_used))
    try:
        pool.reap(now=100)
    except RuntimeError as exc:
        assert "Set changed size during iteration" in str(exc), exc
        assert len(pool.closed) == 1
        print("BUG SHOWN")
    else:
        raise AssertionError("expected RuntimeError")


if __name__ == "__main__":
    main()
