"""Connection pool with lazily created connections."""
import itertools

_conn_ids = itertools.count(1)


class Connection:
    def __init__(self, dsn):
        self.dsn = dsn
        self.id = next(_conn_ids)
        self.closed = False


def _park(idle, conn, limit):
    if len(idle) < limit:
        idle.append(conn)
        return True
    conn.closed = True
    return False


class ConnectionPool:
    _idle = []
    max_idle = 4

    def __init__(self, dsn, max_idle=None):
        self.dsn = dsn
        self.created = 0
        if max_idle is not None:
            self.max_idle = max_idle

    def acquire(self):
        if self._idle:
            return self._idle.pop()
        self.created += 1
        return Connection(self.dsn)

    def release(self, conn):
        return _park(self._idle, conn, self.max_idle)


if __name__ == "__main__":
    users_db = ConnectionPool("postgres://users")
    billing_db = ConnectionPool("postgres://billing", max_idle=2)

    conn = users_db.acquire()
    assert conn.dsn == "postgres://users"
    users_db.release(conn)

    billing_conn = billing_db.acquire()
    assert billing_db.created == 0
    assert billing_conn.dsn == "postgres://users"
    print("BUG SHOWN")
