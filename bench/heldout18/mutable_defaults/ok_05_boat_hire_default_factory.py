"""Boat hire bookings with per-boat logs and per-call defaults."""

from dataclasses import dataclass, field
from typing import NamedTuple, Optional


class Slot(NamedTuple):
    start: int
    hours: int
    extras: tuple = ()


@dataclass
class Boat:
    name: str
    seats: int
    slots: list = field(default_factory=list)
    damage: dict = field(default_factory=dict)

    def book(self, slot):
        for existing in self.slots:
            if slot.start < existing.start + existing.hours and existing.start < slot.start + slot.hours:
                return False
        self.slots.append(slot)
        return True


def collect_extras(requests, chosen: Optional[list] = None):
    chosen = [] if chosen is None else chosen
    for item in requests:
        if item not in chosen:
            chosen.append(item)
    return chosen


class HireDesk:
    def __init__(self, boats=None):
        self.boats = list(boats) if boats is not None else []

    def hire(self, boat_name, start, hours, requests=()):
        boat = next(b for b in self.boats if b.name == boat_name)
        return boat.book(Slot(start, hours, tuple(collect_extras(requests))))


def main():
    desk = HireDesk([Boat("Heron", 4), Boat("Otter", 2)])
    assert desk.hire("Heron", 10, 2, ["lifejackets"])
    assert desk.hire("Otter", 10, 1)
    assert not desk.hire("Heron", 11, 1)
    heron, otter = desk.boats
    assert heron.slots is not otter.slots
    assert collect_extras(["oars"]) == ["oars"]
    assert collect_extras(["cushions"]) == ["cushions"]
    assert HireDesk().boats is not HireDesk().boats
    print(heron)
    print(otter)
    print("OK")


if __name__ == "__main__":
    main()
