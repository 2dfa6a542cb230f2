import threading

from .booking import SeatMap, SeatTaken


class PaymentHolds:
    def __init__(self, parties):
        self._barrier = threading.Barrier(parties)
        self.holds = []

    def __call__(self, customer, seat):
        self.holds.append((customer, seat))
        self._barrier.wait(timeout=5)


def main():
    seatmap = SeatMap("opera-night", "AB", 4, PaymentHolds(parties=2))
    tickets, refused = [], []

    def buy(customer):
        try:
            tickets.append(seatmap.book("A1", customer))
        except SeatTaken:
            refused.append(customer)

    buyers = [threading.Thread(target=buy, args=(c,)) for c in ("mira", "tom")]
    for t in buyers:
        t.start()
    for t in buyers:
        t.join()
    assert refused == []
    assert len(tickets) == 2
    assert sorted(c for _, c in seatmap.confirmations) == ["mira", "tom"]
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
