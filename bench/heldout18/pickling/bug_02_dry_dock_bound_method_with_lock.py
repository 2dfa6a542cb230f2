"""Hull inspections for ships in a dry dock, farmed out to a process pool."""

import multiprocessing
import threading


class Ship:
    def __init__(self, name, plates):
        self.name = name
        self.plates = plates


class InspectionBay:
    """Keeps the inspection log; the lock guards it against the UI thread."""

    MIN_THICKNESS_MM = 9.5

    def __init__(self, dock):
        self.dock = dock
        self.log = []
        self._log_lock = threading.Lock()

    def inspect_hull(self, ship):
        worn = [i for i, mm in enumerate(ship.plates) if mm < self.MIN_THICKNESS_MM]
        return ship.name, worn

    def record(self, result):
        with self._log_lock:
            self.log.append(result)

    def inspect_all(self, ships):
        with multiprocessing.Pool(2) as pool:
            pending = [pool.apply_async(self.inspect_hull, (ship,)) for ship in ships]
            for job in pending:
                self.record(job.get(timeout=10))
        return self.log


def main():
    bay = InspectionBay("No. 2 graving dock")
    ships = [
        Ship("Morning Star", [12.0, 9.1, 11.4, 10.0]),
        Ship("Gull", [8.8, 8.9, 12.2]),
    ]
    try:
        log = bay.inspect_all(ships)
    except TypeError as exc:
        print("inspection failed:", exc)
        if "pickle" in str(exc) and "lock" in str(exc):
            print("BUG SHOWN")
        return
    print(log)


if __name__ == "__main__":
    main()
