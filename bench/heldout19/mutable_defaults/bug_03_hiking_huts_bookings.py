"""Bed bookings for a chain of hiking huts."""

from typing import NamedTuple


class Booking(NamedTuple):
    hut: str
    night: str
    guests: list = []

    def add_guest(self, name):
        self.guests.append(name)
        return self

    @property
    def beds(self):
        return len(self.guests)


class HutNetwork:
    CAPACITY = {"Col du Loup": 4, "Alpe Bianca": 6}

    def __init__(self):
        self.bookings = {}

    def book(self, hut, night, party):
        key = (hut, night)
        booking = self.bookings.get(key) or Booking(hut, night)
        for name in party:
            booking.add_guest(name)
        self.bookings[key] = booking
        return booking

    def free_beds(self, hut, night):
        booking = self.bookings.get((hut, night))
        used = booking.beds if booking else 0
        return self.CAPACITY[hut] - used


def main():
    net = HutNetwork()
    net.book("Col du Loup", "2024-07-01", ["Ana", "Ben"])
    net.book("Alpe Bianca", "2024-07-02", ["Chen"])
    free = net.free_beds("Alpe Bianca", "2024-07-02")
    print("Alpe Bianca free beds:", free)
    if free != 5:
        print("Alpe Bianca booking lists", net.bookings[("Alpe Bianca", "2024-07-02")].guests)
        print("BUG SHOWN")
    else:
        print("bookings separate")


if __name__ == "__main__":
    main()
