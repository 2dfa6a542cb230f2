"""Fig farm: orchard records for a fig grower's cooperative.

Each orchard keeps a harvest log; the cooperative's weekly report sums the
harvested kilograms per orchard.
"""
import datetime
from dataclasses import dataclass


class HarvestLog:
    """Append-only record of picks, with a couple of reporting helpers."""

    def __init__(self):
        self.entries = []

    def add(self, day, variety, kilos):
        self.entries.append((day, variety, kilos))

    def total(self):
        return sum(kilos for _, _, kilos in self.entries)

    def varieties(self):
        return sorted({variety for _, variety, _ in self.entries})

    def __repr__(self):
        return f"HarvestLog({len(self.entries)} entries)"


@dataclass
class Orchard:
    name: str
    hectares: float
    log: HarvestLog = HarvestLog()

    def pick(self, day, variety, kilos):
        if kilos <= 0:
            raise ValueError("a pick must weigh something")
        self.log.add(day, variety, kilos)

    def yield_per_hectare(self):
        return self.log.total() / self.hectares


class Cooperative:
    def __init__(self):
        self.orchards = {}

    def enrol(self, name, hectares):
        orchard = Orchard(name, hectares)
        self.orchards[name] = orchard
        return orchard

    def weekly_report(self):
        return {
            name: (orchard.log.total(), orchard.log.varieties())
            for name, orchard in self.orchards.items()
        }


def main():
    coop = Cooperative()
    terrace = coop.enrol("Terrace Grove", 2.5)
    riverside = coop.enrol("Riverside", 1.0)

    monday = datetime.date(2024, 8, 5)
    terrace.pick(monday, "Brown Turkey", 120)
    terrace.pick(monday, "Kadota", 45)

    report = coop.weekly_report()
    for name, (kilos, varieties) in report.items():
        print(f"{name:14} {kilos:5} kg  {', '.join(varieties) or '-'}")

    if report["Riverside"][0] != 0:
        print(f"Riverside never picked but reports {report['Riverside'][0]} kg")
        print("BUG SHOWN")
    else:
        print("no failure")


if __name__ == "__main__":
    main()
