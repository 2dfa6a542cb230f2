"""Connection pool to the (simulated) lot database."""
import itertools
import threading
import time

_serials = itertools.count(1)
_opened_lock = threading.Lock()
OPENED = []


class ConnectionPool:
    HANDSHAKE_SECONDS = 0.1

    def __init__(self, dsn, size):
        self.dsn = dsn
        self.size = size
        time.sleep(self.HANDSHAKE_SECONDS)
        with _opened_lock:
            self.serial = next(_serials)
            OPENED.append(self.serial)
        self._lock = threading.Lock()
        self.queries = []

    def execute(self, sql, *params):
        with self._lock:
            self.queries.append((sql, params))
        return {"rows": 1, "pool": self.serial}
