"""Record types for bridge crossings."""
from typing import NamedTuple


class Crossing(NamedTuple):
    plate: str
    axles: int
    surcharges: list = []

    def fee(self, base):
        return base * max(1, self.axles - 1) + sum(s for _, s in self.surcharges)
