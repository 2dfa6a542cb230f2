"""Falcon fleet: route planning for a drone-delivery fleet.

Route scoring is CPU heavy, so the dispatcher fans it out to a process
pool.  The fleet tracker keeps live battery telemetry behind a lock, and
the dispatcher hands its scoring method to the pool.
"""
import multiprocessing
import threading
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass


@dataclass(frozen=True)
class Route:
    drone: str
    waypoints: tuple

    def length_km(self):
        total = 0.0
        for (x1, y1), (x2, y2) in zip(self.waypoints, self.waypoints[1:]):
            total += ((x2 - x1) ** 2 + (y2 - y1) ** 2) ** 0.5
        return total


class FleetTracker:
    def __init__(self, batteries):
        self._lock = threading.Lock()
        self._battery_pct = dict(batteries)

    def update(self, drone, pct):
        with self._lock:
            self._battery_pct[drone] = pct

    def score(self, route):
        with self._lock:
            battery = self._battery_pct[route.drone]
        return round(battery / (1.0 + route.length_km()), 3)


class Dispatcher:
    def __init__(self, tracker, workers=2):
        self.tracker = tracker
        self.workers = workers

    def rank(self, routes):
        context = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(max_workers=self.workers, mp_context=context) as pool:
            futures = [pool.submit(self.tracker.score, route) for route in routes]
            scores = [future.result(timeout=30) for future in futures]
        return sorted(zip(scores, routes), key=lambda pair: pair[0], reverse=True)


def main():
    tracker = FleetTracker({"F-1": 92, "F-2": 64})
    routes = [
        Route("F-1", ((0, 0), (3, 4), (6, 8))),
        Route("F-2", ((0, 0), (1, 1))),
    ]
    try:
        ranking = Dispatcher(tracker).rank(routes)
    except (TypeError, AttributeError, multiprocessing.ProcessError) as exc:
        print(f"route scoring failed: {type(exc).__name__}: {exc}")
        print("BUG SHOWN")
        return
    for score, route in ranking:
        print(f"{route.drone}: {score}")
    print("no failure")


if __name__ == "__main__":
    main()
