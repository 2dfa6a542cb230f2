"""Anchor armory: ship-chandlery stores for anchors, chain and shackles.

Each harbour keeps its own armory.  A quartermaster moves stock between
armories when a ship is outfitted and produces the nightly stock report.
"""
from collections import namedtuple

Movement = namedtuple("Movement", "item qty source target")


class OutOfStock(Exception):
    pass


class Armory:
    def __init__(self, harbour, stock={}):
        self.harbour = harbour
        self.stock = stock
        self.ledger = []

    @classmethod
    def opened_at(cls, harbour):
        return cls(harbour)

    def receive(self, item, qty):
        self.stock[item] = self.stock.get(item, 0) + qty
        self.ledger.append(("in", item, qty))

    def issue(self, item, qty):
        have = self.stock.get(item, 0)
        if have < qty:
            raise OutOfStock(f"{self.harbour}: {item} {have} < {qty}")
        self.stock[item] = have - qty
        self.ledger.append(("out", item, qty))

    def on_hand(self):
        return {item: qty for item, qty in sorted(self.stock.items()) if qty}


class Quartermaster:
    def __init__(self):
        self.movements = []

    def transfer(self, item, qty, source, target):
        source.issue(item, qty)
        target.receive(item, qty)
        self.movements.append(Movement(item, qty, source.harbour, target.harbour))

    def nightly_report(self, armories):
        return {a.harbour: a.on_hand() for a in armories}


def main():
    falmouth = Armory.opened_at("Falmouth")
    penzance = Armory.opened_at("Penzance")
    qm = Quartermaster()

    falmouth.receive("stockless anchor 150kg", 4)
    falmouth.receive("stud-link chain 22mm (shackle)", 12)
    qm.transfer("stockless anchor 150kg", 1, falmouth, penzance)

    report = qm.nightly_report([falmouth, penzance])
    for harbour, stock in report.items():
        print(f"{harbour}: {stock}")

    expected_penzance = {"stockless anchor 150kg": 1}
    if report["Penzance"] != expected_penzance:
        print(f"Penzance should hold only {expected_penzance}")
        print("BUG SHOWN")
    else:
        print("stock consistent")


if __name__ == "__main__":
    main()
