"""Connection pool wrapper for the reporting database."""
import sqlite3
from typing import TYPE_CHECKING, List, cast

if TYPE_CHECKING:
    from sqlite3 import Connection


class Pool:
    def __init__(self, dsn: str, size: int = 2) -> None:
        self._dsn = dsn
        self._idle: "List[Connection]" = [sqlite3.connect(dsn) for _ in range(size)]

    def acquire(self) -> "Connection":
        if not self._idle:
            return sqlite3.connect(self._dsn)
        conn = cast(Connection, self._idle.pop())
        return conn

    def release(self, conn: "Connection") -> None:
        self._idle.append(conn)


def daily_signups(pool: Pool) -> int:
    conn = pool.acquire()
    try:
        conn.execute("CREATE TABLE IF NOT EXISTS signups (day TEXT, n INTEGER)")
        conn.execute("INSERT INTO signups VALUES ('2024-05-01', 42)")
        return conn.execute("SELECT SUM(n) FROM signups").fetchone()[0]
    finally:
        pool.release(conn)


if __name__ == "__main__":
    print(daily_signups(Pool(":memory:")))
