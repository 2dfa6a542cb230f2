from typing import NamedTuple


class Booking(NamedTuple):
    band: str
    room: str
    hours: int = 2
    gear: list = []

    def describe(self):
        return f"{self.band} in {self.room} for {self.hours}h with {', '.join(self.gear) or 'no gear'}"
