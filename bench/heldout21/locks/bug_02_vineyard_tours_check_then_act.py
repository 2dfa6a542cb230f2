"""Vineyard tour booking: online and phone agents book seats on one tour."""
import threading
import time


class PaymentGateway:
    def authorise(self, customer, amount):
        time.sleep(0.05)
        return f"auth-{customer}"


class Tour:
    def __init__(self, name, seats, price):
        self.name = name
        self.seats_left = seats
        self.price = price
        self.bookings = []

    def has_space(self, party):
        return self.seats_left >= party


class BookingService:
    def __init__(self, gateway):
        self.gateway = gateway
        self._lock = threading.Lock()

    def _confirm(self, tour, customer, party, auth):
        with self._lock:
            tour.seats_left -= party
            tour.bookings.append((customer, party, auth))

    def book(self, tour, customer, party):
        if not tour.has_space(party):
            return False
        auth = self.gateway.authorise(customer, tour.price * party)
        self._confirm(tour, customer, party, auth)
        return True


def main():
    tour = Tour("Sunset tasting", seats=12, price=45)
    service = BookingService(PaymentGateway())
    results = {}

    def agent(customer, party):
        results[customer] = service.book(tour, customer, party)

    parties = [("Ahmed", 4), ("Bea", 4), ("Cho", 3), ("Dee", 4), ("Eli", 2)]
    threads = [threading.Thread(target=agent, args=p) for p in parties]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    booked = sum(p for _, p, _ in tour.bookings)
    print(f"booked {booked} guests for 12 seats, seats_left={tour.seats_left}")
    if booked > 12:
        print("the tour is overbooked")
        print("BUG SHOWN")
    else:
        print("OK")


if __name__ == "__main__":
    main()
