import threading


class SeatTaken(Exception):
    pass


class CardAuthorizer:
    def __init__(self, on_authorize=None):
        self.on_authorize = on_authorize or (lambda card: None)
        self.holds = []

    def authorize(self, card, cents):
        self.on_authorize(card)
        self.holds.append((card, cents))
        return f"auth-{len(self.holds)}"


class BookingService:
    def __init__(self, authorizer, price_cents=4500):
        self.authorizer = authorizer
        self.price = price_cents
        self.seats = {}
        self._lock = threading.Lock()

    def is_free(self, seat):
        with self._lock:
            return seat not in self.seats

    def _assign(self, seat, customer, auth):
        with self._lock:
            self.seats[seat] = (customer, auth)

    def book(self, seat, customer, card):
        if not self.is_free(seat):
            raise SeatTaken(seat)
        auth = self.authorizer.authorize(card, self.price)
        self._assign(seat, customer, auth)
        return auth


def main():
    gate = threading.Barrier(2, timeout=5)
    service = BookingService(CardAuthorizer(on_authorize=lambda card: gate.wait()))
    confirmations, refused = [], []

    def customer(name, card):
        try:
            confirmations.append((name, service.book("14C", name, card)))
        except SeatTaken:
            refused.append(name)

    threads = [threading.Thread(target=customer, args=a) for a in (("dana", "4242"), ("eli", "5555"))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert refused == []
    assert len(confirmations) == 2, confirmations
    assert len(service.authorizer.holds) == 2
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
