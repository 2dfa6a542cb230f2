"""Iron ingot: furnace output tracking for a small iron foundry.

Several furnace threads cast ingots and book their tonnage into the shared
production ledger; every furnace writes its shift log (slow) between
reading and updating the running totals, so the ledger owns the lock that
all furnaces use.
"""
import threading
import time
from concurrent.futures import ThreadPoolExecutor


class ProductionLedger:
    def __init__(self):
        self.lock = threading.Lock()
        self.total_kg = 0
        self.ingots = 0
        self._open_lock = threading.Lock()
        self._shift_open = False

    def open_shift(self):
        with self._open_lock:
            if not self._shift_open:
                time.sleep(0.01)
                self._shift_open = True
                return True
        return False


class Furnace:
    SHIFT_LOG_SECONDS = 0.01

    def __init__(self, name, ledger):
        self.name = name
        self.ledger = ledger
        self.cast_kg = 0

    def _write_shift_log(self, kg):
        time.sleep(self.SHIFT_LOG_SECONDS)

    def cast(self, kg):
        with self.ledger.lock:
            total, count = self.ledger.total_kg, self.ledger.ingots
            self._write_shift_log(kg)
            self.ledger.total_kg = total + kg
            self.ledger.ingots = count + 1
        self.cast_kg += kg


def run_shift(furnace, ready, batches):
    ready.wait()
    opened = furnace.ledger.open_shift()
    for kg in batches:
        furnace.cast(kg)
    return opened


def main():
    ledger = ProductionLedger()
    plan = {"blast-1": [250, 250, 300], "blast-2": [275, 275], "cupola": [120, 120, 120]}
    furnaces = [Furnace(name, ledger) for name in plan]
    ready = threading.Barrier(len(furnaces))
    with ThreadPoolExecutor(max_workers=len(furnaces)) as pool:
        openers = list(pool.map(lambda f: run_shift(f, ready, plan[f.name]), furnaces))

    expected = sum(sum(batches) for batches in plan.values())
    print(f"ledger: {ledger.ingots} ingots, {ledger.total_kg} kg (expected {expected} kg)")
    assert ledger.total_kg == expected == sum(f.cast_kg for f in furnaces)
    assert ledger.ingots == sum(len(b) for b in plan.values())
    assert openers.count(True) == 1
    print("OK")


if __name__ == "__main__":
    main()
