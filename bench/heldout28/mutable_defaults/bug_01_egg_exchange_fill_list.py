"""Egg exchange: a tiny matching engine for a wholesale egg market.

Farms post resting sell orders by the crate; buyers send limit orders that
are matched against the book in price order.  Each submission returns the
list of fills produced for that order.
"""
import itertools
from dataclasses import dataclass


@dataclass
class Order:
    trader: str
    side: str
    price: float
    crates: int
    order_id: int = 0


@dataclass(frozen=True)
class Fill:
    buyer: str
    seller: str
    price: float
    crates: int


class OrderBook:
    def __init__(self):
        self.asks = []
        self.bids = []

    def rest(self, order):
        book = self.asks if order.side == "sell" else self.bids
        book.append(order)
        book.sort(key=lambda o: o.price, reverse=(order.side == "buy"))

    def opposite(self, side):
        return self.asks if side == "buy" else self.bids


def crosses(incoming, resting):
    if incoming.side == "buy":
        return incoming.price >= resting.price
    return incoming.price <= resting.price


def _record_fill(fills, incoming, resting, crates):
    buyer, seller = (incoming, resting) if incoming.side == "buy" else (resting, incoming)
    fills.append(Fill(buyer.trader, seller.trader, resting.price, crates))


def match_order(incoming, book, fills=[]):
    resting_side = book.opposite(incoming.side)
    while incoming.crates and resting_side and crosses(incoming, resting_side[0]):
        resting = resting_side[0]
        crates = min(incoming.crates, resting.crates)
        _record_fill(fills, incoming, resting, crates)
        incoming.crates -= crates
        resting.crates -= crates
        if not resting.crates:
            resting_side.pop(0)
    return fills


class Exchange:
    def __init__(self):
        self.book = OrderBook()
        self._ids = itertools.count(1)

    def submit(self, order):
        order.order_id = next(self._ids)
        fills = match_order(order, self.book)
        if order.crates:
            self.book.rest(order)
        return fills


def main():
    exchange = Exchange()
    exchange.submit(Order("Hillside Farm", "sell", 31.0, 40))
    exchange.submit(Order("Meadow Coop", "sell", 29.5, 25))

    bakery_fills = exchange.submit(Order("Bakery Row", "buy", 31.0, 30))
    print("Bakery Row fills:", [(f.seller, f.crates) for f in bakery_fills])

    diner_fills = exchange.submit(Order("Dawn Diner", "buy", 31.0, 10))
    print("Dawn Diner fills:", [(f.seller, f.crates) for f in diner_fills])

    foreign = [f for f in diner_fills if f.buyer != "Dawn Diner"]
    if foreign:
        print(f"Dawn Diner's confirmation lists {len(foreign)} fills bought by someone else")
        print("BUG SHOWN")
    else:
        print("no failure")


if __name__ == "__main__":
    main()
