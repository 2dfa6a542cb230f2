"""Walking tours route planner: scores candidate routes in worker processes."""
import math
import pickle
from concurrent.futures import ProcessPoolExecutor

LANDMARKS = {
    "cathedral": (0.0, 0.0),
    "old bridge": (0.4, 0.3),
    "market hall": (0.9, 0.1),
    "castle": (1.2, 0.8),
    "guildhall": (0.3, 0.9),
}


def leg_length(a, b):
    (x1, y1), (x2, y2) = LANDMARKS[a], LANDMARKS[b]
    return math.hypot(x2 - x1, y2 - y1)


def route_length(route):
    return sum(leg_length(a, b) for a, b in zip(route, route[1:]))


class RoutePlanner:
    def __init__(self, pace_kmh=4.0, workers=2):
        self.pace_kmh = pace_kmh
        self.workers = workers

    def scorer(self):
        pace = self.pace_kmh
        return lambda route: (route, round(60 * route_length(route) / pace, 1))

    def score_all(self, routes):
        with ProcessPoolExecutor(max_workers=self.workers) as pool:
            return list(pool.map(self.scorer(), routes))


def main():
    routes = [
        ["cathedral", "old bridge", "castle"],
        ["cathedral", "guildhall", "castle", "market hall"],
        ["market hall", "old bridge", "cathedral"],
    ]
    planner = RoutePlanner()
    try:
        scored = planner.score_all(routes)
    except (pickle.PicklingError, AttributeError, TypeError) as exc:
        print("could not farm out route scoring:", type(exc).__name__, exc)
        print("BUG SHOWN")
        return
    print(scored)
    print("OK")


if __name__ == "__main__":
    main()
