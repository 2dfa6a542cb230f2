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

    def checkout(self, seat, customer):
        with self._lock:
            if seat in self.sold:
                raise SeatTaken(seat)
            self.payments.authorize(customer, self.price)
            self.sold[seat] = customer
        return (seat, customer)


def main():
    first_in_window = threading.Event()
    second_started = threading.Event()

    def hold_window(customer):
        first_in_window.set()
        second_started.wait(timeout=5)

    booking = ShowtimeBooking(PaymentProcessor(on_authorize=hold_window))
    results, errors = [], []

    def buyer(name):
        try:
            results.append(booking.checkout("F7", name))
        except SeatTaken as exc:
            errors.append(exc)

    first = threading.Thread(target=buyer, args=("hugo",))
    first.start()
    first_in_window.wait(timeout=5)
    second = threading.Thread(target=buyer, args=("ines",))
    second.start()
    second_started.set()
    first.join()
    second.join()
    assert results == [("F7", "hugo")], results
    assert len(errors) == 1
    assert booking.payments.charged == [("hugo", 12.5)]
    assert booking.sold == {"F7": "hugo"}
    print("OK")


if __name__ == "__main__":
    main()
