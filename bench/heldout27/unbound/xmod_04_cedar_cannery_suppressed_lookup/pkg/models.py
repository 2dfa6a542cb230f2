"""Data records passed between the line stations."""
from dataclasses import dataclass


@dataclass(frozen=True)
class Lot:
    code: str
    product: str
    tins: int
    smoke_hours: float


@dataclass(frozen=True)
class Label:
    lot_code: str
    title: str
    net_grams: int
    tins: int

    def render(self):
        return f"[{self.lot_code}] {self.title} - {self.tins} x {self.net_grams} g"
