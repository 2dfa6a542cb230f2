"""Load manifests for a skydiving centre."""
import sys
import threading
import time


class Aircraft:
    def __init__(self, reg, seats):
        self.reg = reg
        self.seats = seats


class Manifest:
    def __init__(self, aircraft):
        self.aircraft = aircraft
        self.jumpers = []
        self._lock = threading.Lock()

    def seats_left(self):
        with self._lock:
            return self.aircraft.seats - len(self.jumpers)

    def _weigh_in(self, jumper):
        time.sleep(0)
        return len(jumper) * 10 + 60

    def _add(self, jumper, weight):
        with self._lock:
            self.jumpers.append((jumper, weight))

    def book(self, jumper):
        if self.seats_left() <= 0:
            return False
        weight = self._weigh_in(jumper)
        self._add(jumper, weight)
        return True


def desk(manifest, names, barrier):
    barrier.wait()
    for name in names:
        manifest.book(name)


def main():
    sys.setswitchinterval(1e-6)
    manifest = Manifest(Aircraft("G-JUMP", 10))
    desks = 6
    barrier = threading.Barrier(desks)
    threads = [threading.Thread(target=desk, args=(manifest, [f"j{d}-{i}" for i in range(10)], barrier))
               for d in range(desks)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print("booked:", len(manifest.jumpers), "seats:", manifest.aircraft.seats)
    if len(manifest.jumpers) > manifest.aircraft.seats:
        print("aircraft overbooked")
        print("BUG SHOWN")


if __name__ == "__main__":
    main()
