"""Driving test booking: handlers bind their loop values eagerly."""
from functools import partial


class Examiner:
    def __init__(self, name):
        self.name = name
        self.booked = []

    def take(self, candidate, slot):
        self.booked.append((slot, candidate))


class Centre:
    def __init__(self, examiners, slots):
        self.examiners = examiners
        self.handlers = {}
        for examiner, slot in zip(examiners, slots):
            self.handlers[slot] = partial(examiner.take, slot=slot)
        self.labels = [lambda s=slot: f"slot {s}" for slot in slots]

    def book(self, slot, candidate):
        self.handlers[slot](candidate)


def main():
    a, b, c = Examiner("Ms Reid"), Examiner("Mr Lowe"), Examiner("Dr Quist")
    centre = Centre([a, b, c], ["09:00", "10:30", "13:00"])
    centre.book("09:00", "Pat")
    centre.book("13:00", "Sam")
    assert a.booked == [("09:00", "Pat")]
    assert b.booked == []
    assert c.booked == [("13:00", "Sam")]
    assert [f() for f in centre.labels] == ["slot 09:00", "slot 10:30", "slot 13:00"]
    print(a.booked, c.booked)
    print("OK")


if __name__ == "__main__":
    main()
