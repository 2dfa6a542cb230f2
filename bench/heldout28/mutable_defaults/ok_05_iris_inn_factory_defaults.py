"""Iris inn: room and folio bookkeeping for a small guest house.

Rooms are created with an optional list of initial guests; folios collect
charges per stay.  Every room and folio owns its own containers.
"""
from dataclasses import dataclass, field
from typing import NamedTuple, Optional


class Charge(NamedTuple):
    label: str
    amount: float
    tags: tuple = ()


@dataclass
class Folio:
    guest: str
    charges: list = field(default_factory=list)
    notes: dict = field(default_factory=dict)

    def add(self, label, amount, *tags):
        self.charges.append(Charge(label, amount, tuple(tags)))

    def balance(self):
        return round(sum(charge.amount for charge in self.charges), 2)


class Room:
    def __init__(self, number, beds, guests: Optional[list] = None, amenities=()):
        self.number = number
        self.beds = beds
        self.guests = list(guests) if guests is not None else []
        self.amenities = frozenset(amenities)

    def check_in(self, guest):
        if len(self.guests) >= self.beds:
            raise ValueError(f"room {self.number} is full")
        self.guests.append(guest)


class Inn:
    def __init__(self):
        self.rooms = {}
        self.folios = {}

    def add_room(self, number, beds, amenities=()):
        self.rooms[number] = Room(number, beds, amenities=amenities)

    def arrive(self, guest, number):
        self.rooms[number].check_in(guest)
        folio = self.folios.setdefault(guest, Folio(guest))
        folio.add("night", 95.0, "lodging")
        return folio


def main():
    inn = Inn()
    inn.add_room(1, beds=2, amenities=("garden view",))
    inn.add_room(2, beds=1)

    inn.arrive("Ines", 1).add("breakfast", 12.5, "food")
    inn.arrive("Ivo", 1)
    inn.arrive("Isla", 2)

    for number, room in inn.rooms.items():
        print(f"room {number}: {room.guests}")
    for guest, folio in inn.folios.items():
        print(f"{guest}: {folio.balance():.2f}")

    assert inn.rooms[1].guests == ["Ines", "Ivo"]
    assert inn.rooms[2].guests == ["Isla"]
    assert inn.folios["Ivo"].balance() == 95.0
    assert inn.folios["Ines"].balance() == 107.5
    assert inn.folios["Isla"].notes == {} and inn.folios["Isla"].notes is not inn.folios["Ivo"].notes
    print("OK")


if __name__ == "__main__":
    main()
