"""Retail terminals selling tickets."""

import threading

_sales_lock = threading.Lock()


def sell(pool, count):
    for _ in range(count):
        with _sales_lock:
            pool.apply("sale", +1)
