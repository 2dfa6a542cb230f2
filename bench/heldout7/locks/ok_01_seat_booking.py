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

    def book(self, seat, customer, card):
        with self._lock:
            if seat in self.seats:
                raise SeatTaken(seat)
            auth = self.authorizer.authorize(card, self.price)
            self.seats[seat] = (customer, auth)
        return auth


def main():
    first_inside = threading.Event()
    service = BookingService(CardAuthorizer(on_authorize=lambda card: first_inside.set()))
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
    assert first_inside.is_set()
    assert len(confirmations) == 1 and len(refused) == 1, (confirmations, refused)
    assert len(service.authorizer.holds) == 1
    print("OK")


if __name__ == "__main__":
    main()
