from .models import Booking

RENTAL_PRICES = {"drum kit": 15, "bass amp": 8, "pa": 20}


def add_gear(booking, *items):
    for item in items:
        if item not in RENTAL_PRICES:
            raise ValueError(item)
        booking.gear.append(item)
    return booking


def invoice(booking):
    return booking.hours * 12 + sum(RENTAL_PRICES[g] for g in booking.gear)


class Diary:
    def __init__(self):
        self.bookings = []

    def book(self, band, room, hours=2):
        booking = Booking(band, room, hours)
        self.bookings.append(booking)
        return booking
