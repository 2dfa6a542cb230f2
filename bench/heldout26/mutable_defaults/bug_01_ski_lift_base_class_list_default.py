"""Ski lift operations: loading riders onto chairs at the bottom station.

Carriers (chairs, gondola cabins, T-bars) share a small base class that
tracks who is on board so the top station can count arrivals.
"""
from dataclasses import dataclass


class CarrierFull(Exception):
    pass


@dataclass(frozen=True)
class Rider:
    pass_id: str
    name: str


class Carrier:
    capacity = 1

    def __init__(self, ident, load=[]):
        self.ident = ident
        self.load = load

    def board(self, rider):
        if len(self.load) >= self.capacity:
            raise CarrierFull(f"{self.ident} is full")
        self.load.append(rider)

    def unload(self):
        riders, self.load = list(self.load), []
        return riders


class Chair(Carrier):
    capacity = 4

    def __init__(self, number):
        super().__init__(f"chair-{number:03d}")


class BottomStation:
    def __init__(self, chairs):
        self.chairs = chairs
        self.turned_away = []

    def load_queue(self, queue, per_chair):
        chairs = iter(self.chairs)
        for start in range(0, len(queue), per_chair):
            chair = next(chairs)
            for rider in queue[start:start + per_chair]:
                try:
                    chair.board(rider)
                except CarrierFull:
                    self.turned_away.append(rider)


def main():
    queue = [Rider(f"P{n:04d}", name) for n, name in enumerate(
        ["Rita", "Sven", "Tomas", "Uma", "Vera", "Ravi"], start=1)]
    chairs = [Chair(n) for n in range(1, 4)]
    station = BottomStation(chairs)
    station.load_queue(queue, per_chair=2)

    for chair in chairs:
        print(chair.ident, [r.name for r in chair.load])
    print("turned away:", [r.name for r in station.turned_away])

    first_chair = {r.pass_id for r in chairs[0].load}
    if station.turned_away or first_chair != {"P0001", "P0002"}:
        print("BUG SHOWN")
    else:
        print("OK")


if __name__ == "__main__":
    main()
