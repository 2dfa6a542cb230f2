from dataclasses import dataclass
from datetime import date


@dataclass
class Lot:
    sku: str
    qty: int
    expires: date


class Shelf:
    def __init__(self, lots):
        self.lots = list(lots)
        self.wasted = []

    def _discard(self, lot, reason):
        self.lots.remove(lot)
        self.wasted.append((lot.sku, lot.qty, reason))

    def purge_expired(self, today):
        for lot in self.lots:
            if lot.expires < today:
                self._discard(lot, "expired")
        return self.wasted

    def stock(self, sku):
        return sum(lot.qty for lot in self.lots if lot.sku == sku)


shelf = Shelf([
    Lot("milk", 4, date(2024, 3, 1)),
    Lot("milk", 6, date(2024, 3, 2)),
    Lot("milk", 5, date(2024, 3, 20)),
    Lot("eggs", 12, date(2024, 3, 3)),
])
shelf.purge_expired(date(2024, 3, 10))
assert [lot.expires for lot in shelf.lots if lot.expires < date(2024, 3, 10)] == [date(2024, 3, 2)]
assert shelf.stock("milk") == 11
print("BUG SHOWN")
