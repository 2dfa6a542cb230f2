"""Milking-parlour session controller for a dairy farm.

A session opens the milk line valve to the bulk tank, meters each cow at a
stall and must close the valve again as soon as the session object is
dropped, otherwise the line keeps drawing from the wash tank.  Stall sensors
are dispatched through a table of small handler functions.
"""
import gc
from collections import Counter
from typing import Callable, Dict, List


class BulkTankValve:
    def __init__(self) -> None:
        self.open = False
        self.transitions: List[str] = []

    def set(self, open_: bool, who: str) -> None:
        self.open = open_
        self.transitions.append(f"{'open' if open_ else 'closed'} by {who}")


class MilkingSession:
    def __init__(self, parlour: str, valve: BulkTankValve, stalls: int = 8):
        self.parlour = parlour
        self.valve = valve
        self.yields: Counter = Counter()
        self.alerts: List[str] = []
        self.handlers: Dict[str, Callable[[int, str, float], None]] = self._build_handlers()
        self.stalls = stalls
        valve.set(True, parlour)

    def _build_handlers(self) -> Dict[str, Callable[[int, str, float], None]]:
        def on_yield(stall: int, cow: str, litres: float) -> None:
            self.yields[cow] += litres

        def on_conductivity(stall: int, cow: str, value: float) -> None:
            if value > 6.5:
                self.alerts.append(f"stall {stall}: {cow} possible mastitis ({value} mS/cm)")

        return {"yield": on_yield, "conductivity": on_conductivity}

    def sensor(self, kind: str, stall: int, cow: str, value: float) -> None:
        self.handlers[kind](stall, cow, value)

    def __del__(self) -> None:
        if self.valve.open:
            self.valve.set(False, f"{self.parlour} teardown")


def run_morning_milking(valve: BulkTankValve) -> float:
    session = MilkingSession("herringbone-1", valve)
    readings = [
        ("yield", 1, "Daisy-0412", 14.2),
        ("conductivity", 1, "Daisy-0412", 5.1),
        ("yield", 2, "Bramble-0377", 11.8),
        ("conductivity", 2, "Bramble-0377", 7.2),
        ("yield", 3, "Clover-0519", 16.4),
    ]
    for kind, stall, cow, value in readings:
        session.sensor(kind, stall, cow, value)
    for alert in session.alerts:
        print(alert)
    return sum(session.yields.values())


def main() -> None:
    gc.disable()
    valve = BulkTankValve()
    litres = run_morning_milking(valve)
    print(f"session total {litres:.1f} L; session object dropped")
    if valve.open:
        print(f"bulk-tank valve still open after session ended: {valve.transitions}")
        gc.collect()
        print(f"closed only by a cyclic collection: {valve.transitions[-1]}")
        gc.enable()
        print("BUG SHOWN")
        return
    gc.enable()
    print("valve closed at teardown")


if __name__ == "__main__":
    main()
