"""Alpine aviary: weekly weigh-in for birds housed in mountain aviaries.

The keeper's tablet builds one weigh-in task per cage and hands them to a
small thread pool that talks to the (simulated) perch scales.
"""
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Callable


@dataclass(frozen=True)
class Cage:
    label: str
    species: str
    scale_port: int


@dataclass
class Task:
    name: str
    run: Callable[[], tuple]


class PerchScales:
    """Pretends to be a serial bus with one scale per port."""

    readings = {3: 412.0, 5: 96.5, 8: 1450.0}

    def weigh(self, port):
        return self.readings[port]


class WeighIn:
    def __init__(self, cages, scales):
        self.cages = cages
        self.scales = scales

    def tasks(self):
        return [
            Task(cage.label, lambda: (cage.species, self.scales.weigh(cage.scale_port)))
            for cage in self.cages
        ]

    def run(self, workers=2):
        with ThreadPoolExecutor(max_workers=workers) as pool:
            futures = {task.name: pool.submit(task.run) for task in self.tasks()}
            return {name: fut.result() for name, fut in futures.items()}


def main():
    cages = [
        Cage("A1", "alpine chough", 3),
        Cage("A2", "wallcreeper", 5),
        Cage("B1", "bearded vulture chick", 8),
    ]
    results = WeighIn(cages, PerchScales()).run()
    for label, (species, grams) in results.items():
        print(f"{label}: {species} {grams} g")
    wrong = [c.label for c in cages if results[c.label][0] != c.species]
    if wrong:
        print(f"cages recorded with another bird's weight: {wrong}")
        print("BUG SHOWN")
    else:
        print("weigh-in complete")


if __name__ == "__main__":
    main()
