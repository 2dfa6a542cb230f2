"""Algae aquarium: dosing control for a public aquarium's algae-scrubber tanks.

The controller runs from several threads (sensor poller, operator UI), so it
guards its state with a re-entrant lock.  Before applying a new dosing plan
the operator UI simulates it on a deep copy of the controller.
"""
import copy
import threading
from dataclasses import dataclass, field


@dataclass
class Tank:
    name: str
    volume_l: float
    nitrate_ppm: float
    phosphate_ppm: float


@dataclass
class DoseStep:
    hour: int
    nutrient: str
    ml: float


@dataclass
class DosingController:
    tank: Tank
    plan: list = field(default_factory=list)
    _lock: threading.RLock = field(default_factory=threading.RLock, repr=False)

    def apply(self, step):
        with self._lock:
            delta = step.ml * 1000 / self.tank.volume_l * 0.1
            if step.nutrient == "nitrate":
                self.tank.nitrate_ppm += delta
            else:
                self.tank.phosphate_ppm += delta / 10

    def run_plan(self, plan):
        with self._lock:
            for step in plan:
                self.apply(step)
            return self.tank


class OperatorConsole:
    def __init__(self, controller):
        self.controller = controller

    def preview(self, plan):
        rehearsal = copy.deepcopy(self.controller)
        return rehearsal.run_plan(plan)

    def commit(self, plan):
        self.controller.plan = list(plan)
        return self.controller.run_plan(plan)


def main():
    tank = Tank("scrubber 3", volume_l=4000, nitrate_ppm=2.0, phosphate_ppm=0.05)
    console = OperatorConsole(DosingController(tank))
    plan = [DoseStep(6, "nitrate", 40), DoseStep(18, "phosphate", 12)]
    try:
        projected = console.preview(plan)
    except TypeError as exc:
        print(f"preview failed: {exc}")
        print(f"live tank untouched: nitrate {tank.nitrate_ppm} ppm")
        print("BUG SHOWN")
        return
    print(f"projected nitrate {projected.nitrate_ppm:.2f} ppm")
    print("no failure")


if __name__ == "__main__":
    main()
