"""Goat grazing: paddock rotation planner for a dairy-goat farm.

Goats wait in a rotation queue; each morning the planner walks the queue,
sends each goat to the freshest paddock and puts goats that still need
more forage back at the end of the queue for the afternoon round.
"""
from collections import deque
from dataclasses import dataclass


@dataclass
class Goat:
    tag: str
    forage_need_kg: float
    eaten_kg: float = 0.0

    def still_hungry(self):
        return self.eaten_kg < self.forage_need_kg


@dataclass
class Paddock:
    name: str
    forage_kg: float


class RotationPlanner:
    def __init__(self, paddocks):
        self.paddocks = paddocks
        self.queue = deque()
        self.assignments = []

    def enqueue(self, goat):
        self.queue.append(goat)

    def _best_paddock(self):
        return max(self.paddocks, key=lambda p: p.forage_kg)

    def _graze(self, goat, paddock, ration_kg=2.5):
        bite = min(ration_kg, paddock.forage_kg, goat.forage_need_kg - goat.eaten_kg)
        paddock.forage_kg -= bite
        goat.eaten_kg += bite
        self.assignments.append((goat.tag, paddock.name, bite))

    def morning_round(self):
        for goat in self.queue:
            self._graze(goat, self._best_paddock())
            if goat.still_hungry():
                self.enqueue(goat)


def main():
    planner = RotationPlanner([Paddock("gorse slope", 30.0), Paddock("ghyll meadow", 22.0)])
    for tag, need in [("G-11", 2.0), ("G-12", 4.0), ("G-13", 2.5)]:
        planner.enqueue(Goat(tag, need))
    try:
        planner.morning_round()
    except RuntimeError as exc:
        print(f"rotation crashed: {exc}")
        print(f"assignments so far: {planner.assignments}")
        print("BUG SHOWN")
        return
    print(planner.assignments)
    print("no failure")


if __name__ == "__main__":
    main()
