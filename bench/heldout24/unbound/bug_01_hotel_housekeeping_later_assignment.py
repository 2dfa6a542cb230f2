"""Housekeeping rota builder for a mid-size city hotel.

Rooms are dealt out to room attendants floor by floor.  Every room costs a
number of "credits" (suites and check-outs take longer) and an attendant may
not exceed the credit budget configured for the shift.  VIP floors get a
lighter budget so the attendant has time for turndown extras.
"""
from dataclasses import dataclass, field

# Loaded from the property-management system at start-up in production.
max_credits = 12
vip_floors = {7}
vip_relief = 4


@dataclass
class Room:
    number: int
    kind: str = "standard"
    checkout: bool = False

    @property
    def floor(self):
        return self.number // 100

    @property
    def credits(self):
        base = 2 if self.kind == "suite" else 1
        return base + (1 if self.checkout else 0)


@dataclass
class Assignment:
    attendant: str
    rooms: list = field(default_factory=list)

    @property
    def credits(self):
        return sum(room.credits for room in self.rooms)

    def describe(self):
        numbers = ", ".join(str(r.number) for r in self.rooms)
        return f"{self.attendant:<6} {self.credits:>2} credits: {numbers}"


def group_by_floor(rooms):
    """Group rooms by floor so attendants do not bounce between lifts."""
    floors = {}
    for room in sorted(rooms, key=lambda r: r.number):
        floors.setdefault(room.floor, []).append(room)
    return floors


def build_rota(rooms, attendants):
    floors = group_by_floor(rooms)
    rota = [Assignment(name) for name in attendants]
    cursor = 0
    for floor, floor_rooms in floors.items():
        for room in floor_rooms:
            current = rota[cursor % len(rota)]
            if current.credits + room.credits > max_credits:
                cursor += 1
                current = rota[cursor % len(rota)]
            current.rooms.append(room)
        if floor + 1 in vip_floors:
            # the next floor is a VIP floor: start it with a fresh attendant
            # and a reduced budget
            cursor += 1
            max_credits = max_credits - vip_relief
    return rota


def todays_rooms():
    rooms = []
    for number in range(501, 509):
        rooms.append(Room(number, checkout=number % 3 == 0))
    for number in range(601, 607):
        rooms.append(Room(number, kind="suite" if number % 2 else "standard"))
    for number in range(701, 704):
        rooms.append(Room(number, kind="suite", checkout=True))
    return rooms


def main():
    attendants = ["Hana", "Ilse", "Joao", "Kemal"]
    try:
        rota = build_rota(todays_rooms(), attendants)
    except UnboundLocalError as exc:
        print(f"rota generation aborted: {exc}")
        print("BUG SHOWN")
        return
    for assignment in rota:
        print(assignment.describe())
    print("rota published")


if __name__ == "__main__":
    main()
