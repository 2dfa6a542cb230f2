"""Kite kingdom: flight sessions at a kite-flying park.

A flight session reserves a launch pad and streams wind samples from an
anemometer generator it owns.  When a session object goes away, its
__del__ hands the launch pad back to the park.
"""
import gc
import itertools


class LaunchPads:
    def __init__(self, count):
        self.free = set(range(1, count + 1))
        self.returned = []

    def take(self):
        return self.free.pop()

    def give_back(self, pad):
        self.free.add(pad)
        self.returned.append(pad)


PARK = LaunchPads(count=2)


class FlightSession:
    def __init__(self, pilot, gust_limit=40):
        self.pilot = pilot
        self.gust_limit = gust_limit
        self.pad = PARK.take()
        self.wind = self._wind_samples()

    def _wind_samples(self):
        for knots in itertools.cycle([12, 18, 25, 33, 41]):
            yield knots if knots < self.gust_limit else self.gust_limit

    def fly(self, minutes):
        return max(next(self.wind) for _ in range(minutes))

    def __del__(self):
        PARK.give_back(self.pad)


def book_flight(pilot, minutes):
    session = FlightSession(pilot)
    peak = session.fly(minutes)
    return f"{pilot} flew {minutes} min on pad {session.pad}, peak wind {peak} kn"


def main():
    gc.disable()
    try:
        print(book_flight("Kai", 3))
        print(book_flight("Keren", 4))
        pads_back_before_gc = list(PARK.returned)
        print(f"pads returned right after the sessions: {pads_back_before_gc}")
        print(f"free pads for the next pilot: {sorted(PARK.free)}")
        gc.collect()
        print(f"pads returned after gc.collect(): {sorted(PARK.returned)}")
    finally:
        gc.enable()
    if not pads_back_before_gc and sorted(PARK.returned) == [1, 2]:
        print("BUG SHOWN")


if __name__ == "__main__":
    main()
