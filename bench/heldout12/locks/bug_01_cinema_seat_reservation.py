import threading


class PaymentProvider:
    def __init__(self, on_authorize=None):
        self.charges = []
        self._lock = threading.Lock()
        self._on_authorize = on_authorize

    def authorize(self, customer, cents):
        if self._on_authorize:
            self._on_authorize(customer)
        with self._lock:
            self.charges.append((customer, cents))
        return f"auth-{customer}"


class Screening:
    def __init__(self, film, price_cents, payments):
        self.film = film
        self.price_cents = price_cents
        self.payments = payments
        self.sold = {}
        self._lock = threading.Lock()

    def is_free(self, seat):
        with self._lock:
            return seat not in self.sold

    def _record(self, seat, customer, auth):
        with self._lock:
            self.sold[seat] = (customer, auth)

    def reserve(self, seat, customer):
        if not self.is_free(seat):
            return False
        auth = self.payments.authorize(customer, self.price_cents)
        self._record(seat, customer, auth)
        return True


def main():
    barrier = threading.Barrier(2, timeout=5)
    payments = PaymentProvider(on_authorize=lambda customer: barrier.wait())
    show = Screening("Dune: Part Two", 1450, payments)
    results = {}

    def buy(customer):
        results[customer] = show.reserve("F12", customer)

    threads = [threading.Thread(target=buy, args=(c,)) for c in ("nora", "yusuf")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()

    assert results == {"nora": True, "yusuf": True}, results
    assert len(payments.charges) == 2
    assert len(show.sold) == 1
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
