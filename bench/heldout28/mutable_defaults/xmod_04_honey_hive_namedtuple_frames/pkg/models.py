"""Immutable-looking records describing hives and frames."""
from typing import NamedTuple


class Frame(NamedTuple):
    position: int
    brood_pct: int
    honey_pct: int


class Hive(NamedTuple):
    hive_id: str
    apiary: str
    queen_marked: bool = False
    frames: list = []

    def honey_frames(self):
        return [frame for frame in self.frames if frame.honey_pct >= 70]
