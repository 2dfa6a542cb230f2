"""Mountain hut bookings: online requests arrive concurrently for the last beds."""

import sys
import threading
import time

sys.setswitchinterval(1e-6)


class WardenRadio:
    """The warden confirms each booking over the radio before it is final."""

    def __init__(self):
        self.calls = 0

    def confirm(self, guest):
        self.calls += 1
        time.sleep(0.01)
        return True


class Hut:
    def __init__(self, name, beds):
        self.name = name
        self.capacity = beds
        self.free_beds = beds
        self.bookings = []
        self.radio = WardenRadio()
        self._lock = threading.Lock()

    def has_room(self):
        return self.free_beds > 0

    def book(self, guest):
        if not self.has_room():
            return False
        if not self.radio.confirm(guest):
            return False
        with self._lock:
            self.free_beds -= 1
            self.bookings.append(guest)
        return True


class BookingPortal:
    def __init__(self, hut):
        self.hut = hut
        self.responses = {}
        self.gate = threading.Event()

    def _request(self, guest):
        self.gate.wait()
        self.responses[guest] = self.hut.book(guest)

    def burst(self, guests):
        workers = [threading.Thread(target=self._request, args=(g,)) for g in guests]
        for w in workers:
            w.start()
        self.gate.set()
        for w in workers:
            w.join()
        return self.responses


def main():
    hut = Hut("Refuge des Cosmiques", beds=3)
    portal = BookingPortal(hut)
    portal.burst([f"guest-{i}" for i in range(8)])
    print(f"{len(hut.bookings)} bookings for {hut.capacity} beds, free_beds={hut.free_beds}")
    if len(hut.bookings) > hut.capacity:
        print("hut overbooked")
        print("BUG SHOWN")
        return
    print("OK")


if __name__ == "__main__":
    main()
