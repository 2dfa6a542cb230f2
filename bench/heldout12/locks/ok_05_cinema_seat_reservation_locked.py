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

    def reserve(self, seat, customer):
        with self._lock:
            if seat in self.sold:
                return False
            auth = self.payments.authorize(customer, self.price_cents)
            self.sold[seat] = (customer, auth)
            return True


def main():
    entered = threading.Event()
    proceed = threading.Event()

    def hold_in_payment(customer):
        entered.set()
        proceed.wait(timeout=2)

    payments = PaymentProvider(on_authorize=hold_in_payment)
    show = Screening("Dune: Part Two", 1450, payments)
    results = {}

    def buy(customer):
        results[customer] = show.reserve("F12", customer)

    first = threading.Thread(target=buy, args=("nora",))
    second = threading.Thread(target=buy, args=("yusuf",))
    first.start()
    assert entered.wait(timeout=5)
    second.start()
    proceed.set()
    first.join()
    second.join()

    assert results == {"nora": True, "yusuf": False}, results
    assert len(payments.charges) == 1
    assert show.sold["F12"][0] == "nora"
    print("OK")


if __name__ == "__main__":
    main()
