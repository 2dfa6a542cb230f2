"""Row planning for a seed drill."""
from collections import defaultdict


class DrillPlan:
    def __init__(self, rows):
        self.rates = defaultdict(float)
        for row, rate in rows:
            self.rates[row] = rate

    def neighbour_rate(self, row):
        return self.rates[row + 1]

    def overlap_warnings(self):
        warnings = []
        for row, rate in self.rates.items():
            nxt = self.neighbour_rate(row)
            if nxt and abs(nxt - rate) > 20:
                warnings.append((row, row + 1))
        return warnings


def calibrate(plan, kg_per_ha):
    return {row: round(rate * kg_per_ha / 100, 2) for row, rate in plan.rates.items()}


def main():
    plan = DrillPlan([(1, 100.0), (2, 130.0), (3, 120.0)])
    print("calibrated:", calibrate(plan, 180))
    try:
        print(plan.overlap_warnings())
    except RuntimeError as exc:
        print("plan check failed:", exc)
        print("BUG SHOWN")


if __name__ == "__main__":
    main()
