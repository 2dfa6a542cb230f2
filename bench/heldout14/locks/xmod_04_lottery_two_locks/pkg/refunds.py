"""Customer-service refunds for cancelled tickets."""

import threading

_refund_lock = threading.Lock()


def refund(pool, count):
    for _ in range(count):
        with _refund_lock:
            pool.apply("refund", -1)
