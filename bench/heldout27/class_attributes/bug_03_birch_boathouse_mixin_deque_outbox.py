"""Birch boathouse: rowing-club fleet and mooring management.

Boats and moorings both publish domain events ("launched", "returned",
"assigned") through a small outbox mixin; the club secretary drains each
object's outbox into that object's own logbook page at the end of the day.
"""
from collections import deque
from datetime import time


class OutboxMixin:
    """Collects events until they are drained."""

    outbox = deque(maxlen=256)

    def emit(self, kind, **details):
        self.outbox.append((self.ident(), kind, details))

    def drain(self):
        events = list(self.outbox)
        self.outbox.clear()
        return events

    def ident(self):
        raise NotImplementedError


class Boat(OutboxMixin):
    def __init__(self, name, seats):
        self.name = name
        self.seats = seats
        self.afloat = False

    def ident(self):
        return f"boat:{self.name}"

    def launch(self, crew, at):
        self.afloat = True
        self.emit("launched", crew=tuple(crew), at=at)

    def land(self, at):
        self.afloat = False
        self.emit("returned", at=at)


class Mooring(OutboxMixin):
    def __init__(self, number):
        self.number = number
        self.boat = None

    def ident(self):
        return f"mooring:{self.number}"

    def assign(self, boat):
        self.boat = boat
        self.emit("assigned", boat=boat.name)


class Secretary:
    def __init__(self):
        self.logbook = {}

    def close_day(self, *things):
        for thing in things:
            page = self.logbook.setdefault(thing.ident(), [])
            page.extend(thing.drain())


def main():
    skiff = Boat("Silver Birch", seats=1)
    four = Boat("Paper Bark", seats=4)
    buoy = Mooring(7)

    buoy.assign(four)
    skiff.launch(["Ines"], time(6, 30))
    four.launch(["Ama", "Bo", "Cy", "Dee"], time(7, 0))
    skiff.land(time(7, 45))
    four.land(time(8, 20))

    secretary = Secretary()
    secretary.close_day(buoy, skiff, four)
    foreign = []
    for page, entries in secretary.logbook.items():
        print(f"{page}: {len(entries)} entries")
        foreign += [e for e in entries if e[0] != page]
    if foreign:
        print(f"{len(foreign)} entries filed on another object's page")
        print("BUG SHOWN")
    else:
        print("logbook consistent")


if __name__ == "__main__":
    main()
