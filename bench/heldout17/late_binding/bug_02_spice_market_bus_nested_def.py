"""Spice market price board: stalls react to price-change events."""

from collections import defaultdict


class EventBus:
    def __init__(self):
        self._subs = defaultdict(list)

    def on(self, topic, handler):
        self._subs[topic].append(handler)

    def emit(self, topic, payload):
        return [h(payload) for h in self._subs[topic]]


class Stall:
    def __init__(self, owner, spices):
        self.owner = owner
        self.spices = spices
        self.prices = {}


class Market:
    def __init__(self, stalls):
        self.bus = EventBus()
        self.stalls = stalls
        self._wire()

    def _wire(self):
        for stall in self.stalls:
            def reprice(change):
                if change["spice"] in stall.spices:
                    stall.prices[change["spice"]] = change["price"]
                    return stall.owner
                return None
            self.bus.on("price", reprice)

    def announce(self, spice, price):
        return [o for o in self.bus.emit("price", {"spice": spice, "price": price}) if o]


def main():
    market = Market([
        Stall("Amira", {"saffron", "sumac"}),
        Stall("Bilal", {"cumin", "cardamom"}),
        Stall("Chen", {"star anise"}),
    ])
    updated = market.announce("saffron", 12.5)
    print("stalls repriced:", updated)
    if updated != ["Amira"]:
        print("BUG SHOWN")
        return
    print("OK")


if __name__ == "__main__":
    main()
