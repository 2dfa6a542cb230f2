"""Launch slot booking for a zipline park.

Each line runs short launch slots.  A slot is an immutable record of line and
start time plus the riders harnessed for it; the booking desk adds riders
until the slot reaches the line's weight and head-count limits.
"""
from typing import NamedTuple, List
import itertools

LINE_LIMITS = {
    "canopy": {"riders": 3, "kg": 300},
    "gorge": {"riders": 2, "kg": 220},
}


class Rider(NamedTuple):
    name: str
    weight_kg: int


class LaunchSlot(NamedTuple):
    line: str
    start: str
    riders: List[Rider] = []

    def load_kg(self):
        return sum(r.weight_kg for r in self.riders)

    def has_room_for(self, rider):
        limits = LINE_LIMITS[self.line]
        return (len(self.riders) < limits["riders"]
                and self.load_kg() + rider.weight_kg <= limits["kg"])


class BookingDesk:
    def __init__(self):
        self.slots = {}
        self.refused = []

    def open_slots(self, line, starts):
        for start in starts:
            self.slots[(line, start)] = LaunchSlot(line, start)

    def book(self, line, rider):
        for (slot_line, start), slot in sorted(self.slots.items()):
            if slot_line == line and slot.has_room_for(rider):
                slot.riders.append(rider)
                return start
        self.refused.append((line, rider.name))
        return None


def main():
    desk = BookingDesk()
    desk.open_slots("canopy", ["09:00", "09:15", "09:30"])
    desk.open_slots("gorge", ["09:00", "09:20"])

    groups = {
        "canopy": [Rider("ines", 58), Rider("jon", 84), Rider("kira", 66), Rider("lev", 91)],
        "gorge": [Rider("maya", 72), Rider("nils", 88)],
    }
    for line, riders in groups.items():
        for rider in riders:
            start = desk.book(line, rider)
            print(f"{rider.name:<5} {line:<6} -> {start or 'no slot'}")

    counter = itertools.count(1)
    for (line, start), slot in sorted(desk.slots.items()):
        print(f"#{next(counter)} {line:<6} {start} riders={len(slot.riders)} load={slot.load_kg()}kg")

    if desk.refused:
        print(f"refused although later slots were never booked: {desk.refused}")
        print("BUG SHOWN")
    else:
        print("everyone launched")


if __name__ == "__main__":
    main()
