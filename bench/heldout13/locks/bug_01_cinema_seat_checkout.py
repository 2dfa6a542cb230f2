import threading


class SeatTaken(Exception):
    pass


class PaymentProcessor:
    def __init__(self, on_authorize=None):
        self.on_authorize = on_authorize
        self.charged = []

    def authorize(self, customer, amount):
        if self.on_authorize:
            self.on_authorize(customer)
        self.charged.append((customer, amount))
        return True


class ShowtimeBooking:
    def __init__(self, payments, price=12.5):
        self.payments = payments
        self.price = price
        self.sold = {}
        self._lock = threading.Lock()

    def is_free(self, seat):
        return seat not in self.sold

    def checkout(self, seat, customer):
        if not self.is_free(seat):
            raise SeatTaken(seat)
        self.payments.authorize(customer, self.price)
        with self._lock:
            self.sold[seat] = customer
        return (seat, customer)


def main():
    gate = threading.Barrier(2, timeout=5)
    booking = ShowtimeBooking(PaymentProcessor(on_authorize=lambda customer: gate.wait()))
    results, errors = [], []

    def buyer(name):
        try:
            results.append(booking.checkout("F7", name))
        except SeatTaken as exc:
            errors.append(exc)

    threads = [threading.Thread(target=buyer, args=(n,)) for n in ("hugo", "ines")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == [], errors
    assert len(results) == 2
    assert len(booking.payments.charged) == 2
    assert len(booking.sold) == 1
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
