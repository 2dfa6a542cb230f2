"""Evaporation pan monitor for a coastal salt works."""

import gc
import itertools

gc.disable()

SLUICES_OPEN = []


class Pan:
    """A brine pan fed through a sluice; the sluice shuts when the pan is released."""

    SATURATION_G_L = 360

    def __init__(self, name, litres, start_salinity_g_l):
        self.name = name
        self.litres = litres
        self.salinity = start_salinity_g_l
        self.harvested_kg = 0.0
        SLUICES_OPEN.append(name)
        self._samples = self._sample_brine()

    def _sample_brine(self):
        for hour in itertools.count():
            evaporated = self.litres * 0.01
            self.salinity = self.salinity * self.litres / (self.litres - evaporated)
            self.litres -= evaporated
            yield hour, round(self.salinity, 1)

    def next_reading(self):
        return next(self._samples)

    def rake(self):
        if self.salinity < self.SATURATION_G_L:
            return 0.0
        crystals = (self.salinity - self.SATURATION_G_L) * self.litres / 1000
        self.salinity = self.SATURATION_G_L
        self.harvested_kg += crystals
        return round(crystals, 2)

    def __del__(self):
        if self.name in SLUICES_OPEN:
            SLUICES_OPEN.remove(self.name)


class Shift:
    def __init__(self, pans):
        self.pans = pans

    def work(self, hours):
        log = []
        for _ in range(hours):
            for pan in self.pans:
                hour, sal = pan.next_reading()
                log.append((pan.name, hour, sal, pan.rake()))
        return log


def main():
    north = Pan("north pan", 5000, 340)
    south = Pan("south pan", 4200, 300)
    shift = Shift([north, south])
    log = shift.work(8)
    print("last readings:", log[-2:])
    print("north harvested kg:", round(north.harvested_kg, 2))
    del shift, north, south
    print("sluices open:", SLUICES_OPEN)
    if SLUICES_OPEN:
        print("BUG SHOWN")
        return
    print("OK")


if __name__ == "__main__":
    main()
