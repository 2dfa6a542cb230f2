"""Dahlia depot: tuber stock lookups against a warehouse service.

The depot client retries transient lookup failures, counts how many lookups a
decorated handler served, and reports tubers that stay unavailable with the
last transport error chained as the cause.
"""
import functools
import logging
from collections import Counter

log = logging.getLogger("dahlia.depot")
log.addHandler(logging.NullHandler())


class BusyShelf(IOError):
    """The warehouse scanner was busy."""


class TuberUnavailable(Exception):
    """Gave up looking a tuber up."""


def counted(handler):
    served = 0

    @functools.wraps(handler)
    def wrapper(*args, **kwargs):
        nonlocal served
        result = handler(*args, **kwargs)
        served += 1
        wrapper.served = served
        return result

    wrapper.served = 0
    return wrapper


class Warehouse:
    def __init__(self, stock, busy):
        self._stock = dict(stock)
        self._busy = Counter(busy)

    def count(self, variety):
        if self._busy[variety] > 0:
            self._busy[variety] -= 1
            raise BusyShelf(f"scanner busy at shelf for {variety}")
        return self._stock[variety]


def lookup(warehouse, variety, attempts=3):
    last_error = None
    for attempt in range(1, attempts + 1):
        try:
            return warehouse.count(variety)
        except BusyShelf as err:
            log.info("attempt %d for %s: %s", attempt, variety, err)
            last_error = err
    raise TuberUnavailable(f"{variety}: gave up after {attempts} attempts") from last_error


class Depot:
    def __init__(self, warehouse):
        self.warehouse = warehouse

    @counted
    def stock_level(self, variety):
        return lookup(self.warehouse, variety)


def main():
    warehouse = Warehouse(
        stock={"Cafe au Lait": 40, "Bishop of Llandaff": 25, "Karma Choc": 12},
        busy={"Bishop of Llandaff": 2, "Karma Choc": 9},
    )
    depot = Depot(warehouse)
    levels = {v: depot.stock_level(v) for v in ("Cafe au Lait", "Bishop of Llandaff")}
    print(f"levels: {levels}")
    try:
        depot.stock_level("Karma Choc")
    except TuberUnavailable as exc:
        cause = exc.__cause__
        print(f"unavailable: {exc} (cause: {cause})")
        assert isinstance(cause, BusyShelf)
    assert levels == {"Cafe au Lait": 40, "Bishop of Llandaff": 25}
    assert Depot.stock_level.served == 2
    print("OK")


if __name__ == "__main__":
    main()
