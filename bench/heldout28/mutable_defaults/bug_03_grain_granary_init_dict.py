"""Grain granary: silo inventory for a regional grain elevator.

Silos are commissioned by the granary, receive lots of grain by the tonne
and are drawn down when lots ship out.  Capacity is enforced per silo.
"""


class CapacityError(Exception):
    pass


class Silo:
    def __init__(self, name, capacity_t, lots={}):
        self.name = name
        self.capacity_t = capacity_t
        self.lots = lots

    def load(self):
        return sum(self.lots.values())

    def store(self, grain, tonnes):
        if self.load() + tonnes > self.capacity_t:
            raise CapacityError(f"{self.name} cannot take {tonnes} t of {grain}")
        self.lots[grain] = self.lots.get(grain, 0) + tonnes

    def ship(self, grain, tonnes):
        held = self.lots.get(grain, 0)
        if held < tonnes:
            raise CapacityError(f"{self.name} only holds {held} t of {grain}")
        self.lots[grain] = held - tonnes
        if not self.lots[grain]:
            del self.lots[grain]


class Granary:
    def __init__(self, site):
        self.site = site
        self.silos = []

    def commission(self, name, capacity_t):
        silo = Silo(name, capacity_t)
        self.silos.append(silo)
        return silo

    def receive(self, grain, tonnes):
        for silo in self.silos:
            if silo.load() + tonnes <= silo.capacity_t:
                silo.store(grain, tonnes)
                return silo
        raise CapacityError(f"no silo at {self.site} has room for {tonnes} t")


def main():
    granary = Granary("Gorse Hill")
    east = granary.commission("east-1", capacity_t=500)
    west = granary.commission("west-1", capacity_t=500)

    east.store("wheat", 300)
    east.store("barley", 120)
    try:
        target = granary.receive("oats", 150)
        print(f"oats went to {target.name}")
    except CapacityError as exc:
        print(f"receiving failed: {exc}")

    for silo in granary.silos:
        print(f"{silo.name}: {silo.load()} t {dict(silo.lots)}")

    if "wheat" in west.lots:
        print("west-1 reports wheat that was only ever stored in east-1")
        print("BUG SHOWN")
    else:
        print("no failure")


if __name__ == "__main__":
    main()
