"""Paragliding school: wings keep only a weak link back to their pilot."""
import gc
import weakref

gc.disable()

LOGBOOK = []


class Wing:
    def __init__(self, model, pilot):
        self.model = model
        self._pilot = weakref.ref(pilot)

    @property
    def pilot(self):
        return self._pilot()

    def launch(self, site):
        return f"{self.pilot.name} launched {self.model} at {site}"


class Pilot:
    def __init__(self, name, rating):
        self.name = name
        self.rating = rating
        self.flights = []
        self.wing = Wing("EN-B Sport", self)
        self.on_land = weakref.WeakMethod(self._landed)

    def _landed(self, minutes):
        self.flights.append(minutes)

    def fly(self, site, minutes):
        msg = self.wing.launch(site)
        self.on_land()(minutes)
        return msg

    def __del__(self):
        LOGBOOK.append((self.name, sum(self.flights)))


def main():
    pilot = Pilot("Keiko", "P3")
    print(pilot.fly("Mam Tor", 42))
    print(pilot.fly("Bo Peep", 18))
    wing = pilot.wing
    del pilot
    assert LOGBOOK == [("Keiko", 60)], LOGBOOK
    assert wing.pilot is None
    print(LOGBOOK)
    print("OK")


if __name__ == "__main__":
    main()
