"""Estate assets."""
from dataclasses import dataclass

from .alarms import AlarmBook


@dataclass
class Cistern:
    name: str
    capacity_l: int
    level_l: int = 0
    alarms: AlarmBook = AlarmBook()

    @property
    def fill_ratio(self):
        return self.level_l / self.capacity_l
