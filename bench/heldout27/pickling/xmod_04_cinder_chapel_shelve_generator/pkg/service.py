"""An order of service: readings and hymns in sequence."""
from dataclasses import dataclass


@dataclass(frozen=True)
class Hymn:
    number: int
    title: str
    verses: int


class OrderOfService:
    def __init__(self, date, celebrant, hymns, readings=()):
        self.date = date
        self.celebrant = celebrant
        self.hymns = list(hymns)
        self.readings = list(readings)
        self._upcoming = (hymn for hymn in self.hymns)
        self.announced = []

    def announce_next(self):
        hymn = next(self._upcoming, None)
        if hymn is not None:
            self.announced.append(hymn.number)
        return hymn

    def summary(self):
        numbers = ", ".join(str(h.number) for h in self.hymns)
        return f"{self.date} ({self.celebrant}): hymns {numbers}"
