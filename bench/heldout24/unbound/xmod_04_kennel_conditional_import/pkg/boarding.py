"""Bookings for a boarding kennel."""
from dataclasses import dataclass, field
from datetime import date, timedelta


@dataclass(frozen=True)
class Dog:
    name: str
    breed: str
    weight_kg: float
    owner: str


@dataclass
class Stay:
    dog: Dog
    pen: str
    arrives: date
    departs: date
    diet: str = "house kibble"
    medication: tuple = ()

    def covers(self, day):
        return self.arrives <= day < self.departs


@dataclass
class KennelBook:
    pens: tuple
    stays: list = field(default_factory=list)

    def book(self, dog, pen, arrives, nights, **extra):
        if pen not in self.pens:
            raise KeyError(f"no such pen {pen!r}")
        departs = arrives + timedelta(days=nights)
        for stay in self.stays:
            if stay.pen == pen and stay.arrives < departs and arrives < stay.departs:
                raise ValueError(f"pen {pen} already taken by {stay.dog.name}")
        stay = Stay(dog, pen, arrives, departs, **extra)
        self.stays.append(stay)
        return stay

    def occupants(self, day):
        return sorted((s for s in self.stays if s.covers(day)), key=lambda s: s.pen)
