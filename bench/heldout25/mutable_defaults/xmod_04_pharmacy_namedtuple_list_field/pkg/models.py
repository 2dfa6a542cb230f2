"""Immutable prescription records as received from the prescriber."""
from typing import List, NamedTuple


class Prescription(NamedTuple):
    rx_number: str
    patient: str
    drug: str
    strength: str
    refills_allowed: int = 0
    fill_dates: List[str] = []

    @property
    def fills_left(self):
        return self.refills_allowed + 1 - len(self.fill_dates)
