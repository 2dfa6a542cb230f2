"""Jungle jeep tours: dispatch checkpoints.

A tour dispatcher walks each jeep through its stops and checkpoints its
state with pickle so a crashed dispatcher can resume mid-tour.
"""
import pickle
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Stop:
    name: str
    minutes: int


@dataclass
class JeepTour:
    jeep: str
    guide: str
    stops: list
    visited: list = field(default_factory=list)

    def __post_init__(self):
        self._route = self._iter_route()

    def _iter_route(self):
        for stop in self.stops:
            if stop.minutes > 0:
                yield stop

    def advance(self):
        stop = next(self._route, None)
        if stop is not None:
            self.visited.append(stop.name)
        return stop


class Dispatcher:
    def __init__(self):
        self.checkpoints = {}

    def checkpoint(self, tour):
        self.checkpoints[tour.jeep] = pickle.dumps(tour, protocol=pickle.HIGHEST_PROTOCOL)

    def resume(self, jeep):
        return pickle.loads(self.checkpoints[jeep])

    def run_leg(self, tour, legs):
        for _ in range(legs):
            tour.advance()
        self.checkpoint(tour)


def main():
    tour = JeepTour("JJ-3", "Nia", [
        Stop("river crossing", 20), Stop("canopy bridge", 35),
        Stop("fuel stop", 0), Stop("jaguar hide", 45),
    ])
    dispatcher = Dispatcher()
    try:
        dispatcher.run_leg(tour, legs=2)
    except TypeError as exc:
        print(f"checkpoint failed after visiting {tour.visited}: {exc}")
        print("BUG SHOWN")
        return
    print("resumed:", dispatcher.resume("JJ-3").visited)


if __name__ == "__main__":
    main()
