"""Charging-pad allocation at a drone-delivery hub.

Returning drones request a charging slot.  The hub's electrical supply only
allows a fixed number of pads to draw power at once, tracked in a counter
shared by every pad controller.  Each pad controller runs on its own thread.
"""
import threading
import time
from typing import List


class SupplyBudget:
    """Power budget of the hub, shared by all pad controllers."""

    def __init__(self, max_active: int):
        self.max_active = max_active
        self.active = 0
        self.peak = 0


class PadController:
    def __init__(self, pad_id: str, budget: SupplyBudget):
        self.pad_id = pad_id
        self.budget = budget
        self._guard = threading.Lock()
        self.charged: List[str] = []
        self.deferred: List[str] = []

    def _contactor_settle(self) -> None:
        time.sleep(0.03)

    def try_start_charge(self, drone: str) -> bool:
        with self._guard:
            active = self.budget.active
            if active >= self.budget.max_active:
                self.deferred.append(drone)
                return False
            self._contactor_settle()
            self.budget.active = active + 1
            self.budget.peak = max(self.budget.peak, self.budget.active)
        self.charged.append(drone)
        return True

    def finish_charge(self) -> None:
        with self._guard:
            self.budget.active -= 1


def main() -> None:
    budget = SupplyBudget(max_active=2)
    pads = [PadController(f"PAD-{n}", budget) for n in range(1, 6)]
    arrivals = ["DR-114", "DR-207", "DR-031", "DR-402", "DR-118"]
    start = threading.Barrier(len(pads))

    def land(pad: PadController, drone: str) -> None:
        start.wait()
        pad.try_start_charge(drone)

    threads = [threading.Thread(target=land, args=(pad, drone))
               for pad, drone in zip(pads, arrivals)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()

    charging = [d for pad in pads for d in pad.charged]
    print(f"charging: {charging}")
    print(f"deferred: {[d for pad in pads for d in pad.deferred]}")
    print(f"budget.active={budget.active} peak={budget.peak} max={budget.max_active}")
    if len(charging) > budget.max_active:
        print(f"{len(charging)} pads drawing power on a {budget.max_active}-pad supply")
        print("BUG SHOWN")
        return
    print("supply budget respected")


if __name__ == "__main__":
    main()
