"""Drill-chart step calculator for a marching band."""

import multiprocessing
import pickle
import threading


class Marcher:
    def __init__(self, spot, start, end):
        self.spot = spot
        self.start = start
        self.end = end


class DrillChart:
    """Computes step sizes between sets; caches results for the field staff."""

    STEPS_PER_5_YARDS = 8

    def __init__(self, title, counts):
        self.title = title
        self.counts = counts
        self._cache = {}
        self._cache_lock = threading.Lock()

    def step_size(self, marcher):
        dx = marcher.end[0] - marcher.start[0]
        dy = marcher.end[1] - marcher.start[1]
        yards = (dx * dx + dy * dy) ** 0.5
        if yards == 0:
            return (marcher.spot, "mark time")
        to_five = round(self.counts / yards * 5, 1)
        with self._cache_lock:
            self._cache[marcher.spot] = to_five
        return (marcher.spot, f"{to_five} to 5")

    def compute_all(self, marchers, processes=2):
        with multiprocessing.Pool(processes) as pool:
            return pool.map(self.step_size, marchers)


def main():
    chart = DrillChart("Set 4 to Set 5", counts=16)
    band = [
        Marcher("T1", (0, 0), (10, 0)),
        Marcher("T2", (5, 0), (5, 0)),
        Marcher("S1", (0, 5), (8, 11)),
        Marcher("D3", (20, 10), (30, 20)),
    ]
    print("in-process check:", chart.step_size(band[0]))
    try:
        steps = chart.compute_all(band)
    except (pickle.PicklingError, TypeError, AttributeError) as exc:
        print("chart not computed:", type(exc).__name__, exc)
        print("BUG SHOWN")
        return
    print(steps)
    print("OK")


if __name__ == "__main__":
    main()
