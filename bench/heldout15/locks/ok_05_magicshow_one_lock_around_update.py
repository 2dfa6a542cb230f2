"""Seat allocation for a magic show's box office with several sellers."""

import sys
import threading
import time

sys.setswitchinterval(1e-6)


class SeatMap:
    def __init__(self, rows, per_row):
        self.free = [f"{r}{n}" for r in rows for n in range(1, per_row + 1)]
        self.sold = {}
        self.takings = 0.0
        self._lock = threading.Lock()

    def _print_ticket(self, seat, buyer):
        time.sleep(0.0002)
        return f"{seat}:{buyer}"

    def sell(self, buyer, price):
        with self._lock:
            if not self.free:
                return None
            seat = self.free.pop(0)
            ticket = self._print_ticket(seat, buyer)
            self.sold[seat] = buyer
            self.takings = self.takings + price
        return ticket


class Seller(threading.Thread):
    def __init__(self, seatmap, prefix, wanted, price, gate):
        super().__init__()
        self.seatmap = seatmap
        self.prefix = prefix
        self.wanted = wanted
        self.price = price
        self.gate = gate
        self.tickets = []

    def run(self):
        self.gate.wait()
        for i in range(self.wanted):
            t = self.seatmap.sell(f"{self.prefix}{i}", self.price)
            if t is not None:
                self.tickets.append(t)


def main():
    seats = SeatMap("ABCD", 10)
    gate = threading.Barrier(4)
    sellers = [Seller(seats, p, 12, 25.0, gate) for p in ("web", "phone", "door", "agent")]
    for s in sellers:
        s.start()
    for s in sellers:
        s.join()
    issued = sum(len(s.tickets) for s in sellers)
    print("tickets issued:", issued, "takings:", seats.takings)
    assert issued == 40 == len(seats.sold)
    assert seats.takings == 40 * 25.0
    assert not seats.free
    print("OK")


if __name__ == "__main__":
    main()
