"""Undo snapshots for a spa booking screen."""
import pickle


def snapshot(obj):
    """Deep copy through pickle so the undo stack is isolated from edits."""
    return pickle.loads(pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL))


def make_booking_type(treatments):
    class Booking:
        MENU = treatments

        def __init__(self, guest, treatment, minutes):
            if treatment not in self.MENU:
                raise ValueError(treatment)
            self.guest = guest
            self.treatment = treatment
            self.minutes = minutes

        def price(self):
            return self.MENU[self.treatment] * self.minutes // 30

    return Booking


class Screen:
    def __init__(self, booking_type):
        self.booking_type = booking_type
        self.current = []
        self.undo = []

    def add(self, *args):
        self.undo.append(snapshot(self.current))
        self.current.append(self.booking_type(*args))


def main():
    Booking = make_booking_type({"massage": 45, "facial": 30})
    screen = Screen(Booking)
    screen.add("Gwen", "massage", 60)
    try:
        screen.add("Hal", "facial", 30)
    except (pickle.PicklingError, AttributeError, TypeError) as exc:
        print("undo snapshot failed:", exc)
        print("BUG SHOWN")
        return
    print([b.price() for b in screen.current])


if __name__ == "__main__":
    main()
