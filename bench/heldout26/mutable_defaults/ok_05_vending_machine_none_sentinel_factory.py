"""Vending machine fleet: restocking spiral slots and recording sales.

Slots share a small base class that keeps the items loaded in the spiral;
a route driver restocks several machines in one pass.
"""
from dataclasses import dataclass, field


class SlotFull(Exception):
    pass


@dataclass(frozen=True)
class Item:
    sku: str
    price_cents: int


class Spiral:
    capacity = 1

    def __init__(self, code, items=None):
        self.code = code
        self.items = list(items) if items is not None else []

    def load(self, item):
        if len(self.items) >= self.capacity:
            raise SlotFull(self.code)
        self.items.append(item)

    def vend(self):
        return self.items.pop(0)


class SnackSpiral(Spiral):
    capacity = 3

    def __init__(self, code):
        super().__init__(code)


@dataclass
class Machine:
    location: str
    slots: dict = field(default_factory=dict)
    sales: list = field(default_factory=list)

    def slot(self, code):
        return self.slots.setdefault(code, SnackSpiral(code))

    def sell(self, code):
        item = self.slots[code].vend()
        self.sales.append(item)
        return item


def restock(machine, plan, rejected=None):
    if rejected is None:
        rejected = []
    for code, item in plan:
        try:
            machine.slot(code).load(item)
        except SlotFull:
            rejected.append((machine.location, code))
    return rejected


def main():
    crisps = Item("CRISP-SALT", 120)
    water = Item("WATER-500", 90)
    station = Machine("Victoria Station")
    library = Machine("University Library")
    restock(station, [("A1", crisps), ("A1", crisps), ("B2", water)])
    overflow = restock(library, [("A1", water)] * 4)
    station.sell("A1")

    assert [len(s.items) for s in station.slots.values()] == [1, 1]
    assert [len(s.items) for s in library.slots.values()] == [3]
    assert overflow == [("University Library", "A1")]
    assert station.sales == [crisps] and library.sales == []
    print("station:", {c: len(s.items) for c, s in station.slots.items()})
    print("library:", {c: len(s.items) for c, s in library.slots.items()})
    print("OK")


if __name__ == "__main__":
    main()
