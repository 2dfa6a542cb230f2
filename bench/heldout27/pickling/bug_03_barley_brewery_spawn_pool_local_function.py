"""Barley brewery: mash planning for a craft brewery's brew days.

Gravity estimates for each batch are computed in a worker process pool so the
brew-day planner stays responsive.  The estimator depends on the malt bill and
the brewhouse efficiency configured on the planner.
"""
import multiprocessing
import pickle
import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Batch:
    name: str
    litres: float
    malt_kg: dict


EXTRACT_POINTS = {"pale": 300, "munich": 290, "crystal": 260, "roasted": 210}


class MashPlanner:
    def __init__(self, efficiency=0.72, processes=1):
        self.efficiency = efficiency
        self.processes = processes
        self.ctx = multiprocessing.get_context("spawn")

    def estimate_all(self, batches):
        efficiency = self.efficiency

        def original_gravity(batch):
            points = sum(EXTRACT_POINTS[m] * kg for m, kg in batch.malt_kg.items())
            return round(1 + points * efficiency / batch.litres / 1000, 3)

        with self.ctx.Pool(processes=self.processes) as pool:
            gravities = pool.map(original_gravity, batches)
        return dict(zip((b.name for b in batches), gravities))


def main():
    batches = [
        Batch("harvest pale", 200, {"pale": 40, "crystal": 2}),
        Batch("stout no. 4", 150, {"pale": 30, "roasted": 3, "munich": 4}),
    ]
    planner = MashPlanner()
    try:
        estimates = planner.estimate_all(batches)
    except (pickle.PicklingError, AttributeError, TypeError) as exc:
        reason = re.sub(r" at 0x[0-9a-f]+", "", str(exc))
        print(f"planning failed: {type(exc).__name__}: {reason}")
        print("BUG SHOWN")
        return
    for name, og in estimates.items():
        print(f"{name}: OG {og}")
    print("no failure")


if __name__ == "__main__":
    main()
