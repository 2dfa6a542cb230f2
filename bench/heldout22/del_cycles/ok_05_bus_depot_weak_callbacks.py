"""Charging bay control for an electric bus depot.

A charging session claims a charger bay for a bus, listens to the charger's
progress events and frees the bay when the session object is discarded.
The charger keeps its listeners as weak method references, and the session
reaches back to its depot through a weak reference, so dropping the session
is enough to release the bay.
"""
import gc
import weakref


class Charger:
    def __init__(self, bay):
        self.bay = bay
        self._listeners = []

    def subscribe(self, bound_method):
        self._listeners.append(weakref.WeakMethod(bound_method))

    def report(self, soc_pct):
        alive = []
        for ref in self._listeners:
            method = ref()
            if method is not None:
                method(self.bay, soc_pct)
                alive.append(ref)
        self._listeners = alive


class Depot:
    def __init__(self, bays):
        self.chargers = {bay: Charger(bay) for bay in bays}
        self.occupied = {}
        self.sessions = weakref.WeakValueDictionary()

    def start_session(self, bus):
        bay = next(b for b in self.chargers if b not in self.occupied)
        self.occupied[bay] = bus
        session = ChargingSession(self, bay, bus)
        self.sessions[bay] = session
        return session

    def release(self, bay):
        self.occupied.pop(bay, None)


class ChargingSession:
    def __init__(self, depot, bay, bus):
        self._depot = weakref.ref(depot)
        self.bay = bay
        self.bus = bus
        self.history = []
        self.charger = depot.chargers[bay]
        self.charger.subscribe(self._on_progress)

    def _on_progress(self, bay, soc_pct):
        self.history.append(soc_pct)

    def __del__(self):
        depot = self._depot()
        if depot is not None:
            depot.release(self.bay)


def overnight_charge(depot, bus, readings):
    session = depot.start_session(bus)
    for soc in readings:
        session.charger.report(soc)
    return session.bay, list(session.history)


def main():
    gc.disable()
    try:
        depot = Depot(["bay-1", "bay-2", "bay-3"])
        bay, history = overnight_charge(depot, "route 42 / B-417", [35, 60, 85, 100])
        occupied_after = dict(depot.occupied)
        depot.chargers[bay].report(100)
        assert bay == "bay-1" and history == [35, 60, 85, 100]
        assert occupied_after == {}, occupied_after
        assert depot.chargers[bay]._listeners == []
        assert len(depot.sessions) == 0
        second = depot.start_session("route 7 / B-233")
        assert second.bay == "bay-1"
        del second
        assert depot.occupied == {}
    finally:
        gc.enable()
    print(f"{bay} charged {history} and was free again at once")
    print("OK")


if __name__ == "__main__":
    main()
