"""Process-wide access to the shared database pool."""
from .pool import ConnectionPool

DSN = "postgresql://lots@db.hammer-hall.internal/auction"
_pool = None


def get_pool():
    global _pool
    if _pool is None:
        _pool = ConnectionPool(DSN, size=8)
    return _pool
