"""Surf school lesson bookings.

When the swell forecast is too big for beginners, the school cancels every
beginner booking for that slot and refunds it; a listener hook lets the
shop release wetsuits for cancelled bookings.
"""
from collections import deque
from dataclasses import dataclass


@dataclass
class Booking:
    ref: str
    student: str
    level: str
    slot: str


class LessonBook:
    def __init__(self):
        self.bookings = {}
        self.refunds = []
        self.on_cancel = {}

    def add(self, booking):
        self.bookings[booking.ref] = booking

    def cancel(self, ref, reason):
        booking = self.bookings.pop(ref)
        self.refunds.append((ref, reason))
        for name, hook in list(self.on_cancel.items()):
            hook(name, booking)

    def cancel_for_swell(self, slot, max_level_allowed):
        for ref, booking in list(self.bookings.items()):
            if booking.slot == slot and booking.level not in max_level_allowed:
                self.cancel(ref, "swell too big")


class WetsuitRack:
    def __init__(self, book):
        self.book = book
        self.released = deque()

    def __call__(self, name, booking):
        self.released.append(booking.student)
        if len(self.released) >= 2:
            self.book.on_cancel.pop(name, None)


def main():
    book = LessonBook()
    rack = WetsuitRack(book)
    book.on_cancel["rack"] = rack
    for ref, student, level in [
        ("SS-01", "Ravi", "beginner"), ("SS-02", "Saoirse", "beginner"),
        ("SS-03", "Tane", "intermediate"), ("SS-04", "Una", "beginner"),
        ("SS-05", "Vito", "advanced"),
    ]:
        book.add(Booking(ref, student, level, "sat-0900"))
    book.cancel_for_swell("sat-0900", max_level_allowed={"intermediate", "advanced"})

    remaining = sorted(b.student for b in book.bookings.values())
    assert remaining == ["Tane", "Vito"], remaining
    assert [r for r, _ in book.refunds] == ["SS-01", "SS-02", "SS-04"]
    assert list(rack.released) == ["Ravi", "Saoirse"]
    print("remaining:", remaining)
    print("refunds:", book.refunds)
    print("OK")


if __name__ == "__main__":
    main()
