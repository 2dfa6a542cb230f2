"""Lumber yard stock and order book.

The evening sweep moves boards that have been rejected by the grader into
the firewood pile, and cancels orders whose customer never confirmed.  A
listener hook lets the sales office react to each cancellation.
"""
from dataclasses import dataclass


@dataclass
class Board:
    tag: str
    species: str
    length_m: float
    grade: str


@dataclass
class Order:
    ref: str
    customer: str
    tags: tuple
    confirmed: bool


class Yard:
    def __init__(self):
        self.stock = []
        self.firewood = []
        self.orders = {}
        self.cancel_listeners = []

    def _to_firewood(self, board):
        self.stock.remove(board)
        self.firewood.append(board.tag)

    def cancel(self, ref):
        order = self.orders.pop(ref)
        for listener in list(self.cancel_listeners):
            listener(self, order)

    def evening_sweep(self):
        for board in list(self.stock):
            if board.grade == "reject":
                self._to_firewood(board)
        unconfirmed = [ref for ref, order in self.orders.items() if not order.confirmed]
        for ref in unconfirmed:
            if ref in self.orders:
                self.cancel(ref)


def make_sales_listener(log):
    def on_cancel(yard, order):
        log.append(f"{order.ref} for {order.customer} cancelled")
        for ref, other in list(yard.orders.items()):
            if other.customer == order.customer and not other.confirmed:
                yard.cancel(ref)
    return on_cancel


def main():
    yard = Yard()
    for tag, species, length, grade in [
        ("L1", "larch", 3.6, "reject"), ("L2", "larch", 3.6, "reject"),
        ("H1", "hemlock", 4.8, "select"), ("I1", "iroko", 2.4, "reject"),
        ("J1", "jarrah", 2.4, "prime"),
    ]:
        yard.stock.append(Board(tag, species, length, grade))
    yard.orders = {
        "K-1": Order("K-1", "Kiln & Co", ("H1",), False),
        "K-2": Order("K-2", "Lakeside Joinery", ("J1",), True),
        "K-3": Order("K-3", "Kiln & Co", ("J1",), False),
        "K-4": Order("K-4", "Hopkins", ("H1",), False),
    }
    log = []
    yard.cancel_listeners.append(make_sales_listener(log))
    yard.evening_sweep()
    print(f"stock: {[b.tag for b in yard.stock]}, firewood: {yard.firewood}")
    print(f"open orders: {sorted(yard.orders)}")
    for line in log:
        print(f"sales: {line}")
    checks = [
        [b.tag for b in yard.stock] == ["H1", "J1"],
        yard.firewood == ["L1", "L2", "I1"],
        sorted(yard.orders) == ["K-2"],
    ]
    print("OK" if all(checks) else f"unexpected yard state {checks}")


if __name__ == "__main__":
    main()
