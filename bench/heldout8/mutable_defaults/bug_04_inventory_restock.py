from collections import Counter
from dataclasses import dataclass


@dataclass
class Shipment:
    warehouse: str
    lines: list


def tally_lines(lines, totals=Counter()):
    for sku, qty in lines:
        totals[sku] += qty
    return totals


class Warehouse:
    def __init__(self, code, reorder_level):
        self.code = code
        self.reorder_level = reorder_level
        self.on_hand = Counter()

    def receive(self, shipment):
        received = tally_lines(shipment.lines)
        self.on_hand.update(received)
        return received

    def restock_report(self, received):
        return {sku: qty for sku, qty in received.items() if qty >= self.reorder_level}


def main():
    north = Warehouse("NORTH", reorder_level=10)
    south = Warehouse("SOUTH", reorder_level=10)

    got_north = north.receive(Shipment("NORTH", [("bolt-m4", 40), ("nut-m4", 12)]))
    got_south = south.receive(Shipment("SOUTH", [("washer-8", 5)]))

    assert got_south is got_north
    assert south.on_hand["bolt-m4"] == 40, south.on_hand
    assert south.restock_report(got_south) == {"bolt-m4": 40, "nut-m4": 12}
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
