import threading


class PricingService:
    def quote(self, seat):
        return 40 if seat.startswith("A") else 25


class SeatMap:
    def __init__(self, pricing):
        self.pricing = pricing
        self.booked = {}
        self.charges = []
        self._lock = threading.Lock()

    def is_free(self, seat):
        with self._lock:
            return seat not in self.booked

    def book(self, seat, customer):
        if not self.is_free(seat):
            return False
        price = self.pricing.quote(seat)
        with self._lock:
            self.booked[seat] = customer
            self.charges.append((customer, price))
        return True


class SlowPricing(PricingService):
    def __init__(self):
        self.gate = threading.Barrier(2, timeout=5)

    def quote(self, seat):
        self.gate.wait()
        return super().quote(seat)


def main():
    seats = SeatMap(SlowPricing())
    outcome = {}
    threads = [threading.Thread(target=lambda c=c: outcome.__setitem__(c, seats.book("A1", c)))
               for c in ("ana", "bo")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert outcome == {"ana": True, "bo": True}
    assert len(seats.charges) == 2 and len(seats.booked) == 1
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
