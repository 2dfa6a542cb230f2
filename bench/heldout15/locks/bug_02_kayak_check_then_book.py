"""Booking desk for a kayak rental jetty."""

import sys
import threading
import time

sys.setswitchinterval(1e-6)


class Fleet:
    def __init__(self, singles, doubles):
        self.available = {"single": singles, "double": doubles}
        self.lock = threading.Lock()

    def count(self, kind):
        with self.lock:
            return self.available[kind]

    def take(self, kind):
        with self.lock:
            self.available[kind] -= 1


class Waiver:
    def __init__(self, customer):
        self.customer = customer

    def sign(self):
        time.sleep(0.002)
        return f"waiver:{self.customer}"


class BookingDesk:
    def __init__(self, fleet):
        self.fleet = fleet
        self.bookings = []
        self.turned_away = []

    def book(self, customer, kind):
        if self.fleet.count(kind) > 0:
            receipt = Waiver(customer).sign()
            self.fleet.take(kind)
            self.bookings.append((customer, kind, receipt))
            return True
        self.turned_away.append(customer)
        return False


def customer_thread(desk, name, kind, gate):
    def go():
        gate.wait()
        desk.book(name, kind)
    return threading.Thread(target=go, name=name)


def main():
    fleet = Fleet(singles=3, doubles=1)
    desk = BookingDesk(fleet)
    gate = threading.Event()
    people = [f"paddler{i}" for i in range(8)]
    threads = [customer_thread(desk, p, "single", gate) for p in people]
    for t in threads:
        t.start()
    gate.set()
    for t in threads:
        t.join()

    singles_out = sum(1 for _, kind, _ in desk.bookings if kind == "single")
    print("singles booked:", singles_out, "of 3; left on rack:", fleet.count("single"))
    if singles_out > 3 or fleet.count("single") < 0:
        print("BUG SHOWN")
        return
    print("OK")


if __name__ == "__main__":
    main()
