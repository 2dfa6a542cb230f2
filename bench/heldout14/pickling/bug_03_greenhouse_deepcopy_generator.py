"""Greenhouse irrigation: run what-if simulations on a copy of the live controller."""

import copy
import itertools


class Zone:
    def __init__(self, name, litres_per_cycle, moisture):
        self.name = name
        self.litres_per_cycle = litres_per_cycle
        self.moisture = moisture

    def water(self):
        self.moisture = min(100, self.moisture + self.litres_per_cycle * 2)
        return self.litres_per_cycle


class IrrigationController:
    def __init__(self, zones, cycle_minutes):
        self.zones = zones
        self.cycle_minutes = cycle_minutes
        self.schedule = self._cycle_times()
        self.used_litres = 0

    def _cycle_times(self):
        for n in itertools.count():
            yield n * self.cycle_minutes

    def next_cycle(self, threshold):
        minute = next(self.schedule)
        for zone in self.zones:
            if zone.moisture < threshold:
                self.used_litres += zone.water()
        return minute

    def dry_out(self, points):
        for zone in self.zones:
            zone.moisture = max(0, zone.moisture - points)


def simulate(controller, cycles, threshold, evaporation):
    """Run a scenario on a private copy so the live controller is untouched."""
    trial = copy.deepcopy(controller)
    for _ in range(cycles):
        trial.dry_out(evaporation)
        trial.next_cycle(threshold)
    return trial.used_litres


def main():
    live = IrrigationController(
        [Zone("tomatoes", 6, 40), Zone("peppers", 4, 55), Zone("herbs", 2, 70)],
        cycle_minutes=30,
    )
    live.next_cycle(threshold=50)
    try:
        scenarios = {evap: simulate(live, 8, 50, evap) for evap in (3, 6, 9)}
    except TypeError as exc:
        print(f"simulation failed: {exc}")
        print("BUG SHOWN")
        return
    print("litres by evaporation rate:", scenarios)
    print("OK")


if __name__ == "__main__":
    main()
