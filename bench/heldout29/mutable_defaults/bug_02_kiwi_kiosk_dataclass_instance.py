"""Kiwi kiosk self-service terminals.

Each kiosk session owns a shopping cart.  The cart is a small plain class
and the session dataclass gives every session an empty one by default.
"""
from dataclasses import dataclass, field
from decimal import Decimal
import itertools


class Cart:
    def __init__(self):
        self.lines = {}

    def add(self, sku, qty, unit_price):
        current_qty, _ = self.lines.get(sku, (0, unit_price))
        self.lines[sku] = (current_qty + qty, unit_price)

    def total(self):
        return sum((qty * price for qty, price in self.lines.values()), Decimal("0"))

    def __len__(self):
        return sum(qty for qty, _ in self.lines.values())


_session_ids = itertools.count(1)


@dataclass
class KioskSession:
    kiosk: str
    cart: Cart = Cart()
    session_id: int = field(default_factory=lambda: next(_session_ids))

    def scan(self, sku, qty=1):
        self.cart.add(sku, qty, PRICES[sku])

    def checkout(self):
        return {"session": self.session_id, "items": len(self.cart),
                "total": str(self.cart.total())}


PRICES = {
    "kiwi-juice": Decimal("3.20"),
    "kiwi-bar": Decimal("1.75"),
    "water": Decimal("1.10"),
}


def main():
    first = KioskSession("K-north")
    first.scan("kiwi-juice", 2)
    first.scan("kiwi-bar")
    receipt_a = first.checkout()

    second = KioskSession("K-south")
    second.scan("water")
    receipt_b = second.checkout()

    print("first receipt:", receipt_a)
    print("second receipt:", receipt_b)
    if receipt_b["items"] != 1:
        print(f"second customer billed for {receipt_b['items']} items "
              f"instead of 1")
        print("BUG SHOWN")


if __name__ == "__main__":
    main()
