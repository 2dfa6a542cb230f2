"""Machine bookings at a sewing cafe."""
from collections import defaultdict


class Cafe:
    def __init__(self):
        self.bookings = {}
        self.waitlist = ["Oona", "Pia", "Rae"]
        self.threads_used = defaultdict(int)

    def book(self, machine, person):
        self.bookings[machine] = person

    def release(self, machine):
        self.bookings.pop(machine, None)

    def end_of_slot(self, leaving):
        for machine, person in list(self.bookings.items()):
            if person in leaving:
                self.release(machine)

    def seat_waitlist(self, machines):
        self.waitlist = [p for p in self.waitlist if not self._try_seat(p, machines)]

    def _try_seat(self, person, machines):
        for m in machines:
            if m not in self.bookings:
                self.book(m, person)
                return True
        return False

    def neighbours_thread(self, machine):
        return self.threads_used.get(machine + 1, 0)


def main():
    cafe = Cafe()
    for m, p in [(1, "Ann"), (2, "Ben"), (3, "Cy")]:
        cafe.book(m, p)
    cafe.threads_used.update({1: 3, 2: 1})
    cafe.end_of_slot({"Ann", "Ben"})
    cafe.seat_waitlist([1, 2])
    totals = {m: n + cafe.neighbours_thread(m) for m, n in cafe.threads_used.items()}
    assert cafe.bookings == {1: "Oona", 2: "Pia", 3: "Cy"}, cafe.bookings
    assert cafe.waitlist == ["Rae"] and totals == {1: 4, 2: 1}
    print("OK")


if __name__ == "__main__":
    main()
