from dataclasses import dataclass


@dataclass
class Entry:
    tank: str
    kind: str
    grams: float
    hour: int


class FeedingLog:
    def __init__(self):
        self._entries = []

    def record(self, tank, kind, grams, hour):
        self._entries.append(Entry(tank, kind, grams, hour))

    def for_tank(self, tank):
        return (e for e in self._entries if e.tank == tank)

    def tanks(self):
        return sorted({e.tank for e in self._entries})
