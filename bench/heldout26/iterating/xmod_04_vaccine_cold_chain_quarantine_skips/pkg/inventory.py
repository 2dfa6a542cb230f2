"""Freezer inventory of vaccine lots."""
from dataclasses import dataclass


@dataclass
class Lot:
    lot_no: str
    product: str
    doses: int
    max_logged_c: float


class Freezer:
    def __init__(self, name, limit_c):
        self.name = name
        self.limit_c = limit_c
        self.lots = []
        self.quarantine_shelf = []

    def stock(self, *lots):
        self.lots.extend(lots)

    def move_to_quarantine(self, lot):
        self.lots.remove(lot)
        self.quarantine_shelf.append(lot)

    def usable_doses(self):
        return sum(lot.doses for lot in self.lots)
