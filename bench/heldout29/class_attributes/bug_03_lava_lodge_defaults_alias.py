"""Lava lodge booking options.

Room types carry class-level default options; a booking starts from the
room type's defaults and applies guest overrides.
"""


class RoomType:
    defaults = {"beds": 2, "breakfast": False, "late_checkout": False}
    nightly_rate = 180

    def __init__(self, guest, **overrides):
        self.guest = guest
        self.options = self.defaults
        self._apply(overrides)

    def _apply(self, overrides):
        unknown = set(overrides) - set(self.options)
        if unknown:
            raise ValueError(f"unknown options: {sorted(unknown)}")
        self.options.update(overrides)

    def price(self, nights):
        total = self.nightly_rate * nights
        if self.options["breakfast"]:
            total += 25 * self.options["beds"] * nights
        if self.options["late_checkout"]:
            total += 40
        return total


class CraterSuite(RoomType):
    nightly_rate = 320


class BasaltCabin(RoomType):
    nightly_rate = 140


class FrontDesk:
    room_types = {"suite": CraterSuite, "cabin": BasaltCabin}

    def __init__(self):
        self.bookings = []

    def book(self, kind, guest, **overrides):
        booking = self.room_types[kind](guest, **overrides)
        self.bookings.append(booking)
        return booking

    def breakfast_count(self):
        return sum(b.options["beds"] for b in self.bookings if b.options["breakfast"])


def invoice(bookings, nights):
    return {booking.guest: booking.price(nights) for booking in bookings}


def main():
    desk = FrontDesk()
    desk.book("suite", "Lani", breakfast=True, beds=3, late_checkout=True)
    second = desk.book("cabin", "Leif")
    bills = invoice(desk.bookings, nights=2)
    print("breakfasts to prepare:", desk.breakfast_count())
    print("options:", second.options)
    print("bills:", bills)
    expected_cabin = BasaltCabin.nightly_rate * 2
    if bills["Leif"] != expected_cabin:
        print(f"plain cabin billed {bills['Leif']} instead of {expected_cabin}")
        print("BUG SHOWN")


if __name__ == "__main__":
    main()
