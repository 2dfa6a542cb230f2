"""Front-desk sweep for a bowling alley.

Every few minutes the desk software sweeps the lanes: expired bookings are
closed and their lanes released, waiting parties are seated on free lanes,
and one-shot listeners (the "first strike of the night" light) fire once.
"""
from collections import deque
from dataclasses import dataclass


@dataclass
class Booking:
    party: str
    minutes_left: int
    strikes: int = 0


class Listeners:
    def __init__(self):
        self._receivers = []

    def connect(self, receiver, once=False):
        self._receivers.append((receiver, once))

    def send(self, **payload):
        for entry in list(self._receivers):
            receiver, once = entry
            if once:
                self._receivers.remove(entry)
            receiver(**payload)


class FrontDesk:
    def __init__(self, lanes):
        self.lanes = {lane: None for lane in lanes}
        self.waiting = deque()
        self.closed = []
        self.on_strike = Listeners()

    def seat(self, lane, party, minutes):
        self.lanes[lane] = Booking(party, minutes)

    def record_strike(self, lane):
        booking = self.lanes[lane]
        booking.strikes += 1
        self.on_strike.send(lane=lane, party=booking.party)

    def _release(self, lane):
        booking = self.lanes[lane]
        self.closed.append((lane, booking.party, booking.strikes))
        self.lanes[lane] = None

    def sweep(self, elapsed):
        expired = []
        for lane, booking in self.lanes.items():
            if booking is None:
                continue
            booking.minutes_left -= elapsed
            if booking.minutes_left <= 0:
                expired.append(lane)
        for lane in expired:
            self._release(lane)
        for lane in sorted(ln for ln, b in self.lanes.items() if b is None):
            if not self.waiting:
                break
            party, minutes = self.waiting.popleft()
            self.seat(lane, party, minutes)
        return expired


def main():
    desk = FrontDesk([1, 2, 3, 4])
    lights, tally = [], []
    desk.on_strike.connect(lambda lane, party: lights.append(lane), once=True)
    desk.on_strike.connect(lambda lane, party: tally.append(party))

    desk.seat(1, "Bishop family", 10)
    desk.seat(2, "league night", 60)
    desk.seat(3, "birthday", 5)
    desk.waiting.extend([("walk-in pair", 30), ("office team", 45)])

    desk.record_strike(2)
    desk.record_strike(1)
    expired = desk.sweep(elapsed=10)

    assert expired == [1, 3], expired
    assert desk.lanes[1].party == "walk-in pair" and desk.lanes[3].party == "office team"
    assert desk.lanes[4] is None and not desk.waiting  # two parties, three free lanes
    assert lights == [2] and tally == ["league night", "Bishop family"]
    assert desk.closed == [(1, "Bishop family", 1), (3, "birthday", 0)]
    print(f"closed {desk.closed}; lanes now {[(k, v and v.party) for k, v in desk.lanes.items()]}")
    print("OK")


if __name__ == "__main__":
    main()
