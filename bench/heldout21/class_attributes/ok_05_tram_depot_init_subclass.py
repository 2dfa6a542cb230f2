"""Tram depot: each tram class keeps its own fleet list and counters."""


class Tram:
    fleet = ()
    capacity = 0

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.fleet = []

    def __init__(self, number):
        self.number = number
        self.faults = []
        type(self).fleet.append(self)

    def report_fault(self, text):
        self.faults.append(text)


class Articulated(Tram):
    capacity = 210


class Heritage(Tram):
    capacity = 60


class Depot:
    def __init__(self, name):
        self.name = name
        self.bays = {}

    def stable(self, tram, bay):
        self.bays[bay] = tram

    def seats(self):
        return sum(t.capacity for t in self.bays.values())


def main():
    depot = Depot("Harbour Road")
    a1, a2 = Articulated(301), Articulated(302)
    h1 = Heritage(14)
    for bay, tram in enumerate([a1, a2, h1]):
        depot.stable(tram, bay)
    a1.report_fault("door sensor")
    assert [t.number for t in Articulated.fleet] == [301, 302]
    assert [t.number for t in Heritage.fleet] == [14]
    assert a2.faults == [] and h1.faults == []
    assert depot.seats() == 480
    print("articulated:", [t.number for t in Articulated.fleet])
    print("OK")


if __name__ == "__main__":
    main()
