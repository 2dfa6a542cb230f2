import threading

SEATS = {"A1": None, "A2": None}


class BoxOffice:
    def __init__(self, booth, on_hold=None):
        self.booth = booth
        self._lock = threading.Lock()
        self._on_hold = on_hold or (lambda seat: None)

    def book(self, seat, customer):
        with self._lock:
            if SEATS[seat] is not None:
                return False
            self._on_hold(seat)
            SEATS[seat] = customer
            return True


def main():
    barrier = threading.Barrier(2, timeout=5)
    north = BoxOffice("north", on_hold=lambda seat: barrier.wait())
    south = BoxOffice("south", on_hold=lambda seat: barrier.wait())
    outcome = {}

    def sell(office, customer):
        outcome[customer] = office.book("A1", customer)

    threads = [
        threading.Thread(target=sell, args=(north, "nadia")),
        threading.Thread(target=sell, args=(south, "sven")),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert outcome == {"nadia": True, "sven": True}
    assert SEATS["A1"] in ("nadia", "sven")
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
