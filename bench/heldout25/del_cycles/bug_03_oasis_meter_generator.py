"""Water rationing at a desert oasis settlement.

Each household draws its daily ration through a metered valve.  The meter
yields successive readings from a generator; when a meter is retired the
valve must be shut so the well is not left running.
"""
import gc
import itertools


class Well:
    def __init__(self, name, litres):
        self.name = name
        self.litres = litres
        self.open_valves = set()

    def open_valve(self, household):
        self.open_valves.add(household)

    def shut_valve(self, household):
        self.open_valves.discard(household)

    def draw(self, litres):
        taken = min(litres, self.litres)
        self.litres -= taken
        return taken


class Meter:
    def __init__(self, well, household, ration):
        self.well = well
        self.household = household
        self.ration = ration
        self.total = 0
        well.open_valve(household)
        self._readings = self._sample()

    def _sample(self):
        for day in itertools.count(1):
            taken = self.well.draw(self.ration)
            self.total += taken
            yield day, taken, self.total

    def read(self):
        return next(self._readings)

    def __del__(self):
        self.well.shut_valve(self.household)


def ration_week(well, household, ration, days):
    meter = Meter(well, household, ration)
    readings = [meter.read() for _ in range(days)]
    return readings[-1]


def main():
    well = Well("Bir Qasr", litres=20000)
    gc.disable()
    try:
        for household, ration in (("Nasser", 60), ("Okoye", 45)):
            day, taken, total = ration_week(well, household, ration, days=7)
            print(household, "drew", total, "litres over", day, "days")
        open_after = sorted(well.open_valves)
        print("valves open after the meters were retired:", open_after)
        gc.collect()
        print("after a full collection:", sorted(well.open_valves))
    finally:
        gc.enable()

    if open_after:
        print("retired meters left their valves open")
        print("BUG SHOWN")
    else:
        print("all valves shut")


if __name__ == "__main__":
    main()
