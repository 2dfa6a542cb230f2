"""Film festival screenings that listen for ticketing events."""

import gc
from collections import defaultdict

CLOSED = []


class TicketDesk:
    def __init__(self):
        self._subscribers = defaultdict(list)

    def subscribe(self, event, callback):
        self._subscribers[event].append(callback)

    def emit(self, event, **payload):
        for callback in self._subscribers[event]:
            callback(**payload)


class Screening:
    def __init__(self, title, venue, seats):
        self.title = title
        self.venue = venue
        self.seats = seats
        self.sold = 0
        self.desk = TicketDesk()
        self.desk.subscribe("sale", self._on_sale)
        self.desk.subscribe("refund", self._on_refund)

    def _on_sale(self, count):
        self.sold = min(self.seats, self.sold + count)

    def _on_refund(self, count):
        self.sold = max(0, self.sold - count)

    def __del__(self):
        CLOSED.append(self.title)


def programme_day(titles):
    screenings = [Screening(t, "Cinema 1", 120) for t in titles]
    for s in screenings:
        s.desk.emit("sale", count=80)
    screenings[0].desk.emit("refund", count=5)
    return screenings


def main():
    gc.disable()
    day = programme_day(["Night Tide", "The Orchard"])
    print([(s.title, s.sold) for s in day])
    del day
    print("closed after del:", CLOSED)
    if not CLOSED:
        print("BUG SHOWN")


if __name__ == "__main__":
    main()
