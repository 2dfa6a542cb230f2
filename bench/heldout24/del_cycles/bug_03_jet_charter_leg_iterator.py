"""Private jet charter itineraries.

An itinerary is flown leg by leg; the operations desk asks it for the next
leg whenever the aircraft is turned round.  Crew are rostered on duty for
the itinerary and come off duty when the itinerary object is released.
"""
import gc
from dataclasses import dataclass


class DutyRoster:
    def __init__(self):
        self.on_duty = {}

    def sign_on(self, tail, crew):
        self.on_duty[tail] = tuple(crew)

    def sign_off(self, tail):
        self.on_duty.pop(tail, None)


ROSTER = DutyRoster()


@dataclass(frozen=True)
class Leg:
    origin: str
    destination: str
    block_minutes: int


class CharterItinerary:
    def __init__(self, tail, crew, legs):
        self.tail = tail
        self.legs = list(legs)
        self.flown = []
        ROSTER.sign_on(tail, crew)
        self._pending = self._iter_legs()

    def _iter_legs(self):
        for leg in self.legs:
            if leg.block_minutes <= 0:
                continue
            yield leg

    def next_leg(self):
        leg = next(self._pending, None)
        if leg is not None:
            self.flown.append(leg)
        return leg

    def block_time(self):
        return sum(leg.block_minutes for leg in self.flown)

    def __del__(self):
        ROSTER.sign_off(self.tail)


def fly_day(tail, crew, legs, turnarounds):
    itinerary = CharterItinerary(tail, crew, legs)
    for _ in range(turnarounds):
        leg = itinerary.next_leg()
        if leg is None:
            break
        print(f"  {tail}: {leg.origin} -> {leg.destination} ({leg.block_minutes} min)")
    return itinerary.block_time()


def main():
    gc.disable()
    try:
        legs = [Leg("LTN", "INV", 85), Leg("INV", "KOI", 40), Leg("KOI", "LTN", 110)]
        minutes = fly_day("G-HJKL", ["Capt. Ilse", "F/O Joss"], legs, turnarounds=3)
        print(f"G-HJKL block time {minutes} min")
        still_on = dict(ROSTER.on_duty)
        print(f"on duty after the day ends: {still_on}")
        gc.collect()
        print(f"after a full collection: {ROSTER.on_duty}")
    finally:
        gc.enable()
    if still_on:
        print("crew stayed rostered after the itinerary was dropped")
        print("BUG SHOWN")
    else:
        print("crew signed off")


if __name__ == "__main__":
    main()
