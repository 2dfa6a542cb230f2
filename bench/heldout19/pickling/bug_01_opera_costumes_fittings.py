"""Costume fitting estimates for an opera house, farmed out to worker processes."""

from concurrent.futures import ProcessPoolExecutor
import pickle


FABRIC_RULES = {
    "silk": lambda hours: hours * 1.5 + 2,
    "wool": lambda hours: hours * 1.2,
    "linen": lambda hours: hours,
}


class Costume:
    def __init__(self, name, base_hours, fabric):
        self.name = name
        self.base_hours = base_hours
        self.fabric = fabric


def estimate(name, base_hours, rule, rounds):
    return name, round(rule(base_hours) * rounds, 1)


class FittingPlanner:
    def __init__(self, costumes, alteration_rounds):
        self.costumes = costumes
        self.rounds = alteration_rounds

    def _task(self, costume):
        return (costume.name, costume.base_hours, FABRIC_RULES[costume.fabric], self.rounds)

    def estimate_all(self, pool):
        futures = [pool.submit(estimate, *self._task(c)) for c in self.costumes]
        return dict(f.result() for f in futures)


def main():
    planner = FittingPlanner([
        Costume("Tosca gown", 14, "silk"),
        Costume("Scarpia coat", 9, "wool"),
        Costume("Shepherd smock", 3, "linen"),
    ], alteration_rounds=2)
    with ProcessPoolExecutor(max_workers=2) as pool:
        try:
            hours = planner.estimate_all(pool)
        except (pickle.PicklingError, AttributeError, TypeError) as exc:
            print("could not send work to the pool:", type(exc).__name__, exc)
            print("BUG SHOWN")
            return
    print("fitting hours:", hours)


if __name__ == "__main__":
    main()
