"""Sorting table for a corporate mailroom.

Incoming items are routed by service class into trays; each tray has a
courier pickup time.  The sorter builds its routing table once from the
configured services and dispatches every scanned item through it.
"""
from collections import defaultdict
from dataclasses import dataclass

SERVICE_TRAYS = {
    "letter": ("tray-1", "16:00"),
    "parcel": ("tray-2", "14:30"),
    "registered": ("safe", "15:00"),
    "express": ("tray-X", "11:00"),
}


@dataclass(frozen=True)
class Item:
    barcode: str
    service: str
    recipient: str


class Sorter:
    def __init__(self, services):
        self.trays = defaultdict(list)
        self.pickups = {}
        self.routes = {}
        for service, (tray, pickup) in services.items():
            self.pickups[tray] = pickup
            self.routes[service] = lambda item: self._drop(tray, item)

    def _drop(self, tray, item):
        self.trays[tray].append(item.barcode)
        return tray

    def scan(self, item):
        try:
            route = self.routes[item.service]
        except KeyError:
            raise ValueError(f"{item.barcode}: unknown service {item.service!r}") from None
        return route(item)

    def manifest(self):
        return {tray: (self.pickups[tray], sorted(codes)) for tray, codes in self.trays.items()}


def main():
    sorter = Sorter(SERVICE_TRAYS)
    batch = [
        Item("RM100", "letter", "Finance"),
        Item("RM101", "parcel", "IT"),
        Item("RM102", "registered", "Legal"),
        Item("RM103", "letter", "HR"),
    ]
    placed = {item.barcode: sorter.scan(item) for item in batch}
    for tray, (pickup, codes) in sorter.manifest().items():
        print(tray, "pickup", pickup, codes)

    expected = {item.barcode: SERVICE_TRAYS[item.service][0] for item in batch}
    if placed != expected:
        print("items were put in the wrong trays:", placed)
        print("BUG SHOWN")
    else:
        print("routing is correct")


if __name__ == "__main__":
    main()
