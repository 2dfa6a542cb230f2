"""Night programme planner for a small jazz club.

A programme has a fixed set of slots ("early", "late", and on weekends a
"after-hours" jam).  Acts are booked into slots, each slot has a minute
budget, and the planner renders a running order for the door staff.
"""
from dataclasses import dataclass, field


@dataclass
class Act:
    name: str
    minutes: int
    lineup: tuple = ()

    def __str__(self):
        return f"{self.name} ({self.minutes} min)"


class SlotFull(Exception):
    pass


@dataclass
class NightProgramme:
    STANDARD_SLOTS = ("early", "late")
    SLOT_MINUTES = 90

    venue: str
    date: str
    weekend: bool = False
    slots: dict = field(default_factory=lambda: {name: [] for name in STANDARD_SLOTS})

    def __post_init__(self):
        if self.weekend:
            self.slots["after-hours"] = []

    def minutes_used(self, slot):
        return sum(act.minutes for act in self.slots[slot])

    def book(self, slot, act):
        if slot not in self.slots:
            raise KeyError(f"{self.venue} has no {slot!r} slot on {self.date}")
        if self.minutes_used(slot) + act.minutes > self.SLOT_MINUTES:
            raise SlotFull(f"{act} does not fit in the {slot} slot")
        self.slots[slot].append(act)

    def running_order(self):
        lines = [f"{self.venue} - {self.date}"]
        for slot, acts in self.slots.items():
            lines.append(f"  [{slot}] {self.minutes_used(slot)}/{self.SLOT_MINUTES} min")
            for act in acts:
                lines.append(f"    - {act}")
        return "\n".join(lines)


class Booker:
    def __init__(self, venue):
        self.venue = venue
        self.programmes = {}

    def programme_for(self, date, weekend=False):
        if date not in self.programmes:
            self.programmes[date] = NightProgramme(self.venue, date, weekend)
        return self.programmes[date]

    def book(self, date, slot, act, weekend=False):
        programme = self.programme_for(date, weekend)
        programme.book(slot, act)
        return programme


def main():
    booker = Booker("Hot Lantern")
    requests = [
        ("fri 12", "early", Act("Ines Quartet", 45, ("sax", "piano", "bass", "drums")), True),
        ("fri 12", "late", Act("Kofi Lindqvist Trio", 70), True),
        ("fri 12", "after-hours", Act("House jam", 60), True),
    ]
    try:
        for date, slot, act, weekend in requests:
            booker.book(date, slot, act, weekend)
    except NameError as exc:
        print(f"could not open the programme: {exc}")
        print("BUG SHOWN")
        return
    for programme in booker.programmes.values():
        print(programme.running_order())
    print("programme ready")


if __name__ == "__main__":
    main()
