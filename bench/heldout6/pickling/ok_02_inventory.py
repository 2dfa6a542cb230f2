import threading
from multiprocessing import Pool


class StockLedger:
    def __init__(self, location):
        self.location = location
        self.levels = {}
        self._lock = threading.Lock()

    def adjust(self, sku, delta):
        with self._lock:
            self.levels[sku] = self.levels.get(sku, 0) + delta

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["_lock"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self._lock = threading.Lock()

    def reorder_list(self, thresholds):
        with self._lock:
            return sorted(sku for sku, level in self.levels.items()
                          if level < thresholds.get(sku, 0))


def plan_reorders(job):
    ledger, thresholds = job
    return ledger.location, ledger.reorder_list(thresholds)


class ReplenishmentPlanner:
    def __init__(self, ledgers, processes=2):
        self.ledgers = ledgers
        self.processes = processes

    def run(self, thresholds):
        with Pool(self.processes) as pool:
            return dict(pool.map(plan_reorders, [(l, thresholds) for l in self.ledgers]))


def main():
    north, south = StockLedger("north"), StockLedger("south")
    for sku, qty in (("bolt", 40), ("nut", 5), ("washer", 100)):
        north.adjust(sku, qty)
        south.adjust(sku, qty * 2)
    south.adjust("nut", -10)
    plan = ReplenishmentPlanner([north, south]).run({"bolt": 50, "nut": 10, "washer": 20})
    assert plan == {"north": ["bolt", "nut"], "south": ["nut"]}, plan
    north.adjust("bolt", 20)
    assert north.reorder_list({"bolt": 50}) == []
    print("OK")


if __name__ == "__main__":
    main()
