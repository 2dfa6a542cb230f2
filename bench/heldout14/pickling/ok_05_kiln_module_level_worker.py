"""Kiln firing planner: compute firing curves in worker processes."""

import pickle
import threading
from concurrent.futures import ProcessPoolExecutor
from functools import partial


def firing_curve(ramp_c_per_hour, load):
    """Return (hours, peak) for a kiln load; module level so workers can import it."""
    name, peak_c, hold_min = load
    hours = peak_c / ramp_c_per_hour + hold_min / 60
    return name, round(hours, 2), peak_c


class KilnLog:
    """Firing log guarded by a lock; the lock is recreated after unpickling."""

    def __init__(self, kiln_id):
        self.kiln_id = kiln_id
        self.entries = []
        self._lock = threading.Lock()

    def add(self, entry):
        with self._lock:
            self.entries.append(entry)

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["_lock"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self._lock = threading.Lock()


class FiringPlanner:
    def __init__(self, kiln_id, ramp):
        self.log = KilnLog(kiln_id)
        self.ramp = ramp

    def plan(self, loads):
        job = partial(firing_curve, self.ramp)
        with ProcessPoolExecutor(max_workers=2) as pool:
            for result in pool.map(job, loads):
                self.log.add(result)
        return self.log.entries


def main():
    planner = FiringPlanner("K2", ramp=150)
    loads = [("bisque mugs", 1000, 10), ("glaze bowls", 1240, 15), ("raku", 950, 0)]
    entries = planner.plan(loads)
    assert [e[0] for e in entries] == ["bisque mugs", "glaze bowls", "raku"], entries
    restored = pickle.loads(pickle.dumps(planner.log))
    restored.add(("test tile", 1000, 6.67))
    assert len(restored.entries) == 4 and len(planner.log.entries) == 3
    print("hours:", {name: h for name, h, _ in entries})
    print("OK")


if __name__ == "__main__":
    main()
