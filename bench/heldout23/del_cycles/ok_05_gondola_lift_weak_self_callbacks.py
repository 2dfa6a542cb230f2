"""Cabin controller for a ski-resort gondola lift.

Each cabin driver subscribes to station arrival notifications and keeps a
table of door handlers.  When a driver is dropped (cabin parked in the
garage), it must release the door interlock straight away so maintenance
can open the cabin.  Self-references are held weakly to allow that.
"""
import gc
import weakref
from typing import Callable, Dict, List


class StationBus:
    def __init__(self) -> None:
        self._subscribers: List[weakref.WeakMethod] = []

    def subscribe(self, method: Callable[[str], None]) -> None:
        self._subscribers.append(weakref.WeakMethod(method))

    def announce(self, station: str) -> int:
        delivered = 0
        for ref in list(self._subscribers):
            method = ref()
            if method is None:
                self._subscribers.remove(ref)
                continue
            method(station)
            delivered += 1
        return delivered


class Interlock:
    def __init__(self) -> None:
        self.engaged: Dict[int, bool] = {}
        self.log: List[str] = []

    def engage(self, cabin: int) -> None:
        self.engaged[cabin] = True

    def release(self, cabin: int) -> None:
        self.engaged[cabin] = False
        self.log.append(f"cabin {cabin} released")


class CabinDriver:
    def __init__(self, number: int, bus: StationBus, interlock: Interlock):
        self.number = number
        self.interlock = interlock
        self.visits: List[str] = []
        self.doors = "closed"
        interlock.engage(number)
        bus.subscribe(self.on_arrival)
        self.door_handlers = self._door_table()
        self.arrival_hook = weakref.WeakMethod(self.on_arrival)

    def _door_table(self) -> Dict[str, Callable[[], None]]:
        me = weakref.ref(self)

        def open_doors() -> None:
            driver = me()
            if driver is not None:
                driver.doors = "open"

        def close_doors() -> None:
            driver = me()
            if driver is not None:
                driver.doors = "closed"

        return {"open": open_doors, "close": close_doors}

    def on_arrival(self, station: str) -> None:
        self.visits.append(station)
        self.door_handlers["open"]()
        self.door_handlers["close"]()

    def __del__(self) -> None:
        self.interlock.release(self.number)


def shuttle(bus: StationBus, interlock: Interlock) -> int:
    driver = CabinDriver(17, bus, interlock)
    for station in ("Valley", "Mid", "Summit"):
        bus.announce(station)
    hook = driver.arrival_hook()
    assert hook is not None
    hook("Summit")
    return len(driver.visits)


def main() -> None:
    gc.disable()
    try:
        bus = StationBus()
        interlock = Interlock()
        visits = shuttle(bus, interlock)
        assert visits == 4, visits
        assert interlock.engaged == {17: False}, interlock.engaged
        assert interlock.log == ["cabin 17 released"]
        assert bus.announce("Valley") == 0
    finally:
        gc.enable()
    print(f"cabin 17 made {visits} stops and was released on park")
    print("OK")


if __name__ == "__main__":
    main()
