"""Kit planning for an expedition outfitter.

The shop's inventory is shared by the web shop and the counter, so it is
guarded by a re-entrant lock.  Trip planners try out kit lists against a
deep copy of the inventory ("what if we reserve all this?") before
committing a reservation.
"""
import copy
import threading
from collections import Counter


class OutOfStock(Exception):
    pass


class Inventory:
    def __init__(self, stock):
        self._stock = Counter(stock)
        self._reserved = Counter()
        self._lock = threading.RLock()

    def available(self, item):
        with self._lock:
            return self._stock[item] - self._reserved[item]

    def reserve(self, kit):
        with self._lock:
            short = {item: n - self.available(item) for item, n in kit.items() if self.available(item) < n}
            if short:
                raise OutOfStock(short)
            self._reserved.update(kit)


class TripPlanner:
    def __init__(self, inventory):
        self.inventory = inventory

    def what_if(self, kits):
        trial = copy.deepcopy(self.inventory)
        outcome = {}
        for trip, kit in kits.items():
            try:
                trial.reserve(kit)
                outcome[trip] = "ok"
            except OutOfStock as exc:
                outcome[trip] = f"short {dict(exc.args[0])}"
        return outcome

    def commit(self, kits):
        for kit in kits.values():
            self.inventory.reserve(kit)


def main():
    inventory = Inventory({"tent-4p": 3, "stove": 5, "crampons": 6, "sat-phone": 1})
    planner = TripPlanner(inventory)
    kits = {
        "Mont Blanc traverse": {"tent-4p": 2, "stove": 2, "crampons": 4},
        "Patagonia trek": {"tent-4p": 2, "stove": 1, "sat-phone": 1},
    }
    try:
        outcome = planner.what_if(kits)
    except TypeError as exc:
        print("what-if planning failed:", exc)
        print("real inventory untouched, tents available:", inventory.available("tent-4p"))
        print("BUG SHOWN")
        return
    print("what-if:", outcome)


if __name__ == "__main__":
    main()
