"""Ginger grocer: basket pricing for an online spice and grocery shop.

A basket pulls prices lazily from the supplier price feed.  The "what if"
preview for a coupon works on a deep copy of the basket so that the
customer's real basket is left untouched.
"""
import copy
import itertools
from dataclasses import dataclass
from decimal import Decimal


@dataclass
class Line:
    sku: str
    qty: int


SUPPLIER_PRICES = {"ginger-root": Decimal("4.20"), "galangal": Decimal("6.10"),
                   "garam-masala": Decimal("3.35")}


def price_feed(skus):
    for sku in skus:
        yield sku, SUPPLIER_PRICES[sku]


class Basket:
    def __init__(self, customer):
        self.customer = customer
        self.lines = []
        self.discounts = []
        self._prices = {}
        self._feed = None

    def add(self, sku, qty):
        self.lines.append(Line(sku, qty))
        self._feed = price_feed(line.sku for line in self.lines)

    def _price(self, sku):
        if sku not in self._prices and self._feed is not None:
            for fetched_sku, price in self._feed:
                self._prices[fetched_sku] = price
                if fetched_sku == sku:
                    break
        return self._prices[sku]

    def total(self):
        gross = sum(self._price(line.sku) * line.qty for line in self.lines)
        for percent in self.discounts:
            gross = gross * (100 - percent) / 100
        return gross.quantize(Decimal("0.01"))


def preview_coupon(basket, percent):
    trial = copy.deepcopy(basket)
    trial.discounts.append(percent)
    return trial.total()


def main():
    basket = Basket("Gita")
    for sku, qty in itertools.chain([("ginger-root", 2)], [("galangal", 1), ("garam-masala", 3)]):
        basket.add(sku, qty)
    try:
        with_coupon = preview_coupon(basket, 10)
    except TypeError as exc:
        print(f"coupon preview failed: {exc}")
        print("BUG SHOWN")
        return
    print(f"basket {basket.total()} -> with coupon {with_coupon}")
    print("no failure")


if __name__ == "__main__":
    main()
