"""Order board for a pizzeria with several ovens.

The board is shared by the till and the kitchen display, so it owns a lock.
At closing time the board is snapshotted with pickle (and copied for the
next day's forecast); the lock is left out of the saved state and rebuilt
on load, and pricing rules are plain module-level functions.
"""
import copy
import pickle
import threading
from collections import OrderedDict
from dataclasses import dataclass


def margherita_price(size):
    return {"small": 7.5, "large": 11.0}[size]


def diavola_price(size):
    return {"small": 9.0, "large": 13.5}[size]


MENU = {"margherita": margherita_price, "diavola": diavola_price}


@dataclass
class Order:
    number: int
    pizza: str
    size: str
    status: str = "queued"


class OrderBoard:
    def __init__(self, ovens):
        self.ovens = ovens
        self.orders = OrderedDict()
        self.pricing = dict(MENU)
        self._lock = threading.Lock()
        self._next = 1

    def take(self, pizza, size):
        with self._lock:
            order = Order(self._next, pizza, size)
            self.orders[order.number] = order
            self._next += 1
            return order.number

    def advance(self, number, status):
        with self._lock:
            self.orders[number].status = status

    def takings(self):
        with self._lock:
            return sum(self.pricing[o.pizza](o.size) for o in self.orders.values())

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["_lock"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self._lock = threading.Lock()


def main():
    board = OrderBoard(ovens=2)
    first = board.take("margherita", "large")
    board.take("diavola", "small")
    board.advance(first, "in oven")

    restored = pickle.loads(pickle.dumps(board))
    forecast = copy.deepcopy(board)
    forecast.take("diavola", "large")

    assert restored.takings() == board.takings() == 20.0
    assert restored.orders[first].status == "in oven"
    assert restored._lock is not board._lock and not restored._lock.locked()
    assert restored.take("margherita", "small") == 3
    assert len(board.orders) == 2 and len(forecast.orders) == 3
    assert forecast.takings() == 33.5
    print("closing snapshot restored with", len(restored.orders), "orders")
    print("OK")


if __name__ == "__main__":
    main()
