"""Nova navigator: waypoint booking for a fleet of survey drones.

Planner threads book slots on shared waypoints.  Every read-check-write
of the shared slot table happens under one lock owned by the table
itself, no matter which planner object performs it, so the slow
clearance call in the middle cannot interleave with another booking.
"""
import threading
import time
from concurrent.futures import ThreadPoolExecutor


class AirspaceClearance:
    def __init__(self):
        self.calls = 0
        self._calls_lock = threading.Lock()

    def confirm(self, drone, waypoint):
        time.sleep(0.01)
        with self._calls_lock:
            self.calls += 1
        return True


class SlotTable:
    def __init__(self, capacity):
        self.free = dict(capacity)
        self.bookings = []
        self.lock = threading.Lock()


class Planner:
    def __init__(self, name, table, clearance):
        self.name = name
        self.table = table
        self.clearance = clearance

    def book(self, drone, waypoint):
        with self.table.lock:
            left = self.table.free.get(waypoint, 0)
            if left == 0:
                return False
            self.clearance.confirm(drone, waypoint)
            self.table.free[waypoint] = left - 1
            self.table.bookings.append((self.name, drone, waypoint))
            return True

    def flown(self, count):
        with self.table.lock:
            self.table.free["nova-base"] = self.table.free.get("nova-base", 0) + count


def main():
    table = SlotTable({"ridge-7": 2, "nova-base": 0})
    clearance = AirspaceClearance()
    planners = [Planner(f"planner-{i}", table, clearance) for i in range(4)]
    drones = [f"ND-{i:02d}" for i in range(6)]
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(
            lambda pair: planners[pair[0] % 4].book(pair[1], "ridge-7"),
            enumerate(drones)))
        list(pool.map(lambda p: p.flown(3), planners))
    assert results.count(True) == 2, results
    assert table.free["ridge-7"] == 0, table.free
    assert table.free["nova-base"] == 12, table.free
    assert len(table.bookings) == 2 and clearance.calls == 2
    print(f"booked {results.count(True)} of {len(drones)} requests, slots left "
          f"{table.free['ridge-7']}")
    print("OK")


if __name__ == "__main__":
    main()
