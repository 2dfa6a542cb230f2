"""Jigsaw junction: signalling for a model-railway junction.

Trains occupying the junction are kept in an ordered list.  Every tick
the controller advances them; trains that reached the end of their block
are retired from the junction by a helper that also logs the departure.
"""
from dataclasses import dataclass


@dataclass
class Train:
    code: str
    position: int
    block_length: int

    @property
    def cleared(self):
        return self.position >= self.block_length


class SignalBox:
    def __init__(self, junction):
        self.junction = junction
        self.log = []

    def run(self, ticks):
        for number in range(1, ticks + 1):
            remaining = self.junction.tick()
            self.log.append((number, list(self.junction.departures), remaining))
        return self.log


class Junction:
    def __init__(self, name):
        self.name = name
        self.active = []
        self.departures = []

    def admit(self, train):
        self.active.append(train)

    def _retire(self, train):
        self.active.remove(train)
        self.departures.append(train.code)

    def occupancy(self):
        return {train.code: train.position for train in self.active}

    def tick(self, step=1):
        for train in self.active:
            train.position += step
            if train.cleared:
                self._retire(train)
        return [train.code for train in self.active]


def main():
    junction = Junction("Jigsaw Junction")
    for code, position in [("J1", 9), ("J2", 9), ("J3", 4), ("J4", 9)]:
        junction.admit(Train(code, position, block_length=10))

    log = SignalBox(junction).run(ticks=1)
    still_active = log[-1][2]
    print("departed:", junction.departures)
    print("still in junction:", still_active)
    skipped = [t.code for t in junction.active if t.position == 9]
    if junction.departures != ["J1", "J2", "J4"]:
        print(f"trains never advanced this tick: {skipped}")
        print("BUG SHOWN")


if __name__ == "__main__":
    main()
