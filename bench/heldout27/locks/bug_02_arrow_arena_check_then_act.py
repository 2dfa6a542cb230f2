"""Arrow arena: seat reservations for an archery tournament's finals.

Several box-office terminals sell seats concurrently.  A seat is confirmed only
after the card issuer authorises payment, which takes a moment.
"""
import threading
import time
from dataclasses import dataclass


@dataclass(frozen=True)
class Confirmation:
    seat: str
    holder: str
    terminal: str


class CardIssuer:
    def __init__(self, delay=0.1):
        self.delay = delay

    def authorise(self, holder, amount):
        time.sleep(self.delay)
        return f"auth-{holder[:3].lower()}-{amount}"


class SeatMap:
    def __init__(self, seats):
        self.holders = {seat: None for seat in seats}
        self.confirmations = []
        self._log_lock = threading.Lock()

    def is_free(self, seat):
        return self.holders[seat] is None

    def assign(self, seat, holder):
        self.holders[seat] = holder


class BoxOffice:
    price = 45

    def __init__(self, name, seat_map, issuer):
        self.name = name
        self.seats = seat_map
        self.issuer = issuer

    def sell(self, seat, holder):
        if not self.seats.is_free(seat):
            return None
        self.issuer.authorise(holder, self.price)
        self.seats.assign(seat, holder)
        confirmation = Confirmation(seat, holder, self.name)
        with self.seats._log_lock:
            self.seats.confirmations.append(confirmation)
        return confirmation


def main():
    seat_map = SeatMap(["A1", "A2", "A3"])
    issuer = CardIssuer()
    offices = [BoxOffice("north gate", seat_map, issuer), BoxOffice("online", seat_map, issuer)]
    buyers = ["Toxo Lee", "Fletcher Ng"]

    threads = [
        threading.Thread(target=office.sell, args=("A1", buyer))
        for office, buyer in zip(offices, buyers)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()

    sold_a1 = sorted((c for c in seat_map.confirmations if c.seat == "A1"),
                     key=lambda c: c.terminal)
    for c in sold_a1:
        print(f"{c.terminal}: seat {c.seat} confirmed for {c.holder}")
    print(f"seat map lists one holder: {seat_map.holders['A1'] in buyers}")
    if len(sold_a1) > 1:
        print(f"seat A1 sold {len(sold_a1)} times")
        print("BUG SHOWN")
    else:
        print("no double sale")


if __name__ == "__main__":
    main()
