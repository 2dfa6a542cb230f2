"""Fermentation log for a meadery's vessels."""

from collections import defaultdict


class Vessel:
    def __init__(self, tag, litres, racked_from=None):
        self.tag = tag
        self.litres = litres
        self.racked_from = racked_from


class FermentLog:
    """Specific-gravity readings per vessel, keyed by vessel tag."""

    def __init__(self):
        self.readings = defaultdict(list)
        self.vessels = {}

    def add_vessel(self, vessel):
        self.vessels[vessel.tag] = vessel

    def record(self, tag, gravity):
        self.readings[tag].append(gravity)

    def original_gravity(self, tag):
        """Gravity at pitching; racked vessels inherit their parent's start."""
        vessel = self.vessels[tag]
        if vessel.racked_from is not None:
            parent = self.readings[vessel.racked_from]
            if parent:
                return parent[0]
        own = self.readings[tag]
        return own[0] if own else None

    def abv_report(self):
        report = {}
        for tag, values in self.readings.items():
            og = self.original_gravity(tag)
            if og is None or not values:
                continue
            report[tag] = round((og - values[-1]) * 131.25, 1)
        return report


def main():
    log = FermentLog()
    log.add_vessel(Vessel("T1", 60))
    log.add_vessel(Vessel("T2", 40))
    log.add_vessel(Vessel("C7", 55, racked_from="T9"))

    log.record("T1", 1.110)
    log.record("T1", 1.020)
    log.record("T2", 1.095)
    log.record("C7", 1.012)
    log.record("T2", 1.004)
    try:
        report = log.abv_report()
    except RuntimeError as exc:
        print("report failed:", exc)
        print("readings now cover:", sorted(log.readings))
        print("BUG SHOWN")
        return
    print(report)
    print("OK")


if __name__ == "__main__":
    main()
