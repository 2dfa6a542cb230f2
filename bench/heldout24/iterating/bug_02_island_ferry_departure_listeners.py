"""Island ferry booking manifest.

At departure the manifest walks all bookings and hands each one to the
registered departure listeners: the boarding counter, the no-show policy
that releases unclaimed car spaces, and the harbour dues report.
"""
from dataclasses import dataclass


@dataclass
class Booking:
    ref: str
    passenger: str
    vehicle: str = ""
    checked_in: bool = False


class Manifest:
    def __init__(self, sailing, car_deck_spaces):
        self.sailing = sailing
        self.car_deck_spaces = car_deck_spaces
        self.bookings = {}
        self.listeners = []
        self.released = []

    def add(self, booking):
        if booking.vehicle and self.cars_booked() >= self.car_deck_spaces:
            raise ValueError("car deck full")
        self.bookings[booking.ref] = booking

    def cars_booked(self):
        return sum(1 for b in self.bookings.values() if b.vehicle)

    def cancel(self, ref, reason):
        booking = self.bookings.pop(ref)
        self.released.append((booking.ref, reason))
        return booking

    def on_departure(self, listener):
        self.listeners.append(listener)
        return listener

    def depart(self):
        for ref, booking in self.bookings.items():
            for listener in self.listeners:
                listener(self, booking)


class BoardingCounter:
    def __init__(self):
        self.boarded = []

    def __call__(self, manifest, booking):
        if booking.checked_in:
            self.boarded.append(booking.ref)


def no_show_policy(manifest, booking):
    if booking.vehicle and not booking.checked_in:
        manifest.cancel(booking.ref, "no-show, car space released to standby")


def main():
    manifest = Manifest("Oban -> Lismore 14:05", car_deck_spaces=3)
    counter = manifest.on_departure(BoardingCounter())
    manifest.on_departure(no_show_policy)
    for booking in [
        Booking("HB01", "Hamish", "SK-12 ABC", checked_in=True),
        Booking("IR02", "Isobel", "IV-19 XYZ"),
        Booking("JM03", "Jamal", checked_in=True),
        Booking("KL04", "Kirsty", "KA-70 LMN", checked_in=True),
    ]:
        manifest.add(booking)
    try:
        manifest.depart()
    except RuntimeError as exc:
        print(f"departure processing aborted: {exc}")
        print(f"boarded so far: {counter.boarded}, released: {manifest.released}")
        print("BUG SHOWN")
        return
    print(f"boarded: {counter.boarded}")
    print(f"released: {manifest.released}")


if __name__ == "__main__":
    main()
