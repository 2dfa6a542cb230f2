"""Farm shop stock valuation in worker processes, plus saved snapshots."""

import functools
import pickle
import threading
from concurrent.futures import ProcessPoolExecutor


def line_value(item, markup):
    name, qty, cost = item
    return name, round(qty * cost * (1 + markup), 2)


class Stockroom:
    def __init__(self, shop, items):
        self.shop = shop
        self.items = list(items)
        self._lock = threading.Lock()

    def restock(self, name, qty):
        with self._lock:
            self.items = [(n, q + qty if n == name else q, c) for n, q, c in self.items]

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["_lock"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self._lock = threading.Lock()


def value_stock(room, markup=0.25):
    task = functools.partial(line_value, markup=markup)
    with ProcessPoolExecutor(max_workers=2) as pool:
        return dict(pool.map(task, room.items))


def main():
    room = Stockroom("Hollow Farm", [("eggs", 60, 0.25), ("honey", 12, 4.0), ("cheese", 8, 6.5)])
    room.restock("eggs", 24)
    values = value_stock(room)
    assert values == {"eggs": 26.25, "honey": 60.0, "cheese": 65.0}, values
    copy = pickle.loads(pickle.dumps(room))
    assert copy.items == room.items and copy._lock is not room._lock
    copy.restock("honey", 1)
    print(values)
    print("OK")


if __name__ == "__main__":
    main()
