"""Value types shared by the rental desk modules."""
from typing import NamedTuple

BOAT_RATES = {"sit-on-top": 14, "touring single": 18, "touring double": 26}
EXTRA_RATES = {"dry bag": 3, "spray deck": 4, "wetsuit": 6, "cart": 5}


class Quote(NamedTuple):
    customer: str
    boat: str
    hours: int
    extras: list = []

    def describe(self):
        extras = ", ".join(self.extras) or "no extras"
        return f"{self.customer}: {self.boat} x {self.hours}h ({extras})"
