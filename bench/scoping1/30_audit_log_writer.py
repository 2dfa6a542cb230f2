"""Audit-log writer that keeps typing-only imports out of runtime."""
import sqlite3
from typing import TYPE_CHECKING, List, Optional, cast

if TYPE_CHECKING:
    from sqlite3 import Connection, Cursor
    from decimal import Decimal


class AuditLog:
    table: "str" = "audit_log"

    def __init__(self, conn: "Connection") -> None:
        self._conn = conn
        self._conn.execute(f"CREATE TABLE IF NOT EXISTS {self.table} (actor TEXT, action TEXT, amount REAL)")

    def record(self, actor: str, action: str, amount: "Optional[Decimal]" = None) -> None:
        value = float(amount) if amount is not None else None
        self._conn.execute(f"INSERT INTO {self.table} VALUES (?, ?, ?)", (actor, action, value))

    def actions_by(self, actor: str) -> "List[str]":
        cursor = cast("Cursor", self._conn.execute(f"SELECT action FROM {self.table} WHERE actor = ?", (actor,)))
        return [row[0] for row in cursor.fetchall()]


def open_log(path: str = ":memory:") -> "AuditLog":
    conn = cast("Connection", sqlite3.connect(path))
    if not isinstance(conn, sqlite3.Connection):
        raise TypeError("expected a sqlite3 connection")
    return AuditLog(conn)


if __name__ == "__main__":
    log = open_log()
    log.record("alice", "refund")
    log.record("alice", "login")
    assert log.actions_by("alice") == ["refund", "login"]
    print("OK")
