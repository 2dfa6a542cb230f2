"""Toy factory: cloning an assembly line configuration for a new shift.

Each line has stations, a bill of materials and a serial-number source.
Planners clone the day shift's line to set up the night shift.
"""
import copy
from dataclasses import dataclass, field


@dataclass
class Station:
    name: str
    seconds_per_unit: int


@dataclass
class AssemblyLine:
    product: str
    stations: list = field(default_factory=list)
    bill_of_materials: dict = field(default_factory=dict)
    serial_prefix: str = "TF"

    def __post_init__(self):
        self._serials = self._serial_source()

    def _serial_source(self):
        n = 0
        while True:
            n += 1
            yield f"{self.serial_prefix}-{self.product[:3].upper()}-{n:06d}"

    def build(self, units):
        return [next(self._serials) for _ in range(units)]

    @property
    def takt_seconds(self):
        return max(s.seconds_per_unit for s in self.stations)


class ShiftPlanner:
    def __init__(self, template):
        self.template = template

    def clone_for_shift(self, shift, prefix):
        line = copy.deepcopy(self.template)
        line.serial_prefix = prefix
        return line


def main():
    day = AssemblyLine(
        product="Robot dog",
        stations=[Station("chassis", 40), Station("servo fit", 65), Station("QA", 30)],
        bill_of_materials={"servo": 4, "battery": 1, "shell": 2},
    )
    print("day shift built:", day.build(2))
    planner = ShiftPlanner(day)
    try:
        night = planner.clone_for_shift("night", "TN")
    except TypeError as exc:
        print(f"night shift setup failed: {exc}")
        print("BUG SHOWN")
        return
    print("night shift built:", night.build(2))
    print("OK")


if __name__ == "__main__":
    main()
