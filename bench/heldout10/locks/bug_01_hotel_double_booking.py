import threading


class PaymentAuthorizer:
    def __init__(self, on_authorize=None):
        self.on_authorize = on_authorize or (lambda guest, room: None)

    def authorize(self, guest, room):
        self.on_authorize(guest, room)
        return f"auth-{guest}-{room}"


class ReservationDesk:
    def __init__(self, rooms, payments):
        self.available = set(rooms)
        self.bookings = {}
        self.confirmations = []
        self.payments = payments
        self._lock = threading.Lock()

    def is_free(self, room):
        with self._lock:
            return room in self.available

    def _commit(self, guest, room, auth):
        with self._lock:
            self.available.discard(room)
            self.bookings[room] = guest
            self.confirmations.append((guest, room, auth))

    def book(self, guest, room):
        if not self.is_free(room):
            return None
        auth = self.payments.authorize(guest, room)
        self._commit(guest, room, auth)
        return auth


def main():
    both_checked = threading.Barrier(2, timeout=5)
    desk = ReservationDesk({"204", "205"},
                           PaymentAuthorizer(lambda guest, room: both_checked.wait()))
    results = {}

    def guest_books(name):
        results[name] = desk.book(name, "204")

    threads = [threading.Thread(target=guest_books, args=(n,)) for n in ("lee", "ngo")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results["lee"] is not None and results["ngo"] is not None
    assert len([c for c in desk.confirmations if c[1] == "204"]) == 2, desk.confirmations
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
