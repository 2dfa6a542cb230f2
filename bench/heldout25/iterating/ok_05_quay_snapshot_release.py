"""Berth allocation on a cargo quay.

At each tide change the harbour master releases berths whose booking has
expired, notifies listeners (some of which cancel themselves after one
notification) and moves waiting ships from the anchorage onto free berths.
"""
from collections import deque


class Quay:
    def __init__(self, berths):
        self.allocations = {berth: None for berth in berths}
        self.expiry = {}
        self.anchorage = deque()
        self._listeners = {}
        self.log = []

    def listen(self, name, callback):
        self._listeners[name] = callback

    def forget(self, name):
        self._listeners.pop(name, None)

    def book(self, berth, ship, until_tide):
        self.allocations[berth] = ship
        self.expiry[berth] = until_tide

    def wait(self, ship):
        self.anchorage.append(ship)

    def tide_change(self, tide):
        for berth, ship in list(self.allocations.items()):
            if ship is not None and self.expiry[berth] <= tide:
                self._release(berth, ship)
        self._assign_waiting(tide)

    def _release(self, berth, ship):
        self.allocations[berth] = None
        del self.expiry[berth]
        self.log.append(f"{ship} left {berth}")
        for name, callback in list(self._listeners.items()):
            callback(self, berth, ship, name)

    def _assign_waiting(self, tide):
        free = [b for b, s in self.allocations.items() if s is None]
        while free and self.anchorage:
            self.book(free.pop(0), self.anchorage.popleft(), tide + 2)


def main():
    quay = Quay(["Q1", "Q2", "Q3"])
    quay.book("Q1", "MV Nordkap", until_tide=1)
    quay.book("Q2", "MV Ostrava", until_tide=1)
    quay.book("Q3", "MV Paloma", until_tide=4)
    quay.wait("MV Quetzal")

    seen = []
    quay.listen("pilot", lambda q, berth, ship, name: seen.append(("pilot", ship)))

    def first_departure_only(q, berth, ship, name):
        seen.append(("press", ship))
        q.forget(name)

    quay.listen("press", first_departure_only)
    quay.tide_change(1)

    assert quay.log == ["MV Nordkap left Q1", "MV Ostrava left Q2"], quay.log
    assert seen == [("pilot", "MV Nordkap"), ("press", "MV Nordkap"), ("pilot", "MV Ostrava")], seen
    assert quay.allocations == {"Q1": "MV Quetzal", "Q2": None, "Q3": "MV Paloma"}
    assert not quay.anchorage and set(quay._listeners) == {"pilot"}
    print("allocations after tide 1:", quay.allocations)
    print("OK")


if __name__ == "__main__":
    main()
