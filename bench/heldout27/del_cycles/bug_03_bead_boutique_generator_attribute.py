"""Bead boutique: restocking display trays from a bead supplier's API.

A tray opens a session with the supplier, then pulls bead lots one at a time
as the shop assistant fills compartments.  The supplier allows only a few
concurrent sessions, so a tray ends its session when it is discarded.
"""
import gc
from dataclasses import dataclass


@dataclass(frozen=True)
class BeadLot:
    sku: str
    colour: str
    size_mm: int
    count: int


class SupplierSession:
    def __init__(self, supplier, token):
        self.supplier = supplier
        self.token = token
        self.open = True

    def fetch(self, sku):
        return self.supplier.catalogue[sku]

    def end(self):
        if self.open:
            self.open = False
            self.supplier.live_sessions.discard(self.token)


class Supplier:
    def __init__(self, catalogue):
        self.catalogue = catalogue
        self.live_sessions = set()
        self._next = 0

    def connect(self):
        self._next += 1
        token = f"sess-{self._next}"
        self.live_sessions.add(token)
        return SupplierSession(self, token)


class DisplayTray:
    def __init__(self, supplier, skus, compartments=4):
        self.session = supplier.connect()
        self.compartments = compartments
        self.filled = []
        self._incoming = self._pull(skus)

    def _pull(self, skus):
        for sku in skus:
            yield self.session.fetch(sku)

    def fill_next(self):
        if len(self.filled) >= self.compartments:
            return None
        lot = next(self._incoming, None)
        if lot is not None:
            self.filled.append(lot)
        return lot

    def __del__(self):
        self.session.end()


def restock_window(supplier, skus):
    tray = DisplayTray(supplier, skus, compartments=2)
    while tray.fill_next():
        pass
    return [lot.colour for lot in tray.filled]


def main():
    supplier = Supplier({
        "SB-11": BeadLot("SB-11", "sea glass", 4, 500),
        "MF-02": BeadLot("MF-02", "millefiori", 8, 120),
        "CZ-07": BeadLot("CZ-07", "czech amber", 6, 300),
    })
    gc.disable()
    try:
        colours = restock_window(supplier, ["SB-11", "MF-02", "CZ-07"])
        print(f"window tray: {colours}")
        lingering = sorted(supplier.live_sessions)
        print(f"supplier sessions still open after restock: {lingering}")
        gc.collect()
        print(f"after a collector pass: {sorted(supplier.live_sessions)}")
    finally:
        gc.enable()
    if lingering:
        print("BUG SHOWN")
    else:
        print("session ended promptly")


if __name__ == "__main__":
    main()
