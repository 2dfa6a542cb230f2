"""Table bookings at a snooker hall, taken by several desk clerks."""
import sys
import threading
import time


class Hall:
    def __init__(self, tables):
        self.free = list(tables)
        self.bookings = {}
        self.takings = 0
        self._lock = threading.Lock()

    def _price(self, hours):
        time.sleep(0)
        return hours * 8

    def book(self, player, hours):
        with self._lock:
            if not self.free:
                return None
            table = self.free.pop(0)
            self.bookings[table] = player
            self.takings += self._price(hours)
            return table


def clerk(hall, names, barrier):
    barrier.wait()
    for name in names:
        hall.book(name, 1)


def main():
    sys.setswitchinterval(1e-6)
    hall = Hall(range(1, 13))
    barrier = threading.Barrier(5)
    clerks = [threading.Thread(target=clerk, args=(hall, [f"p{c}{i}" for i in range(6)], barrier))
              for c in range(5)]
    for t in clerks:
        t.start()
    for t in clerks:
        t.join()
    assert len(hall.bookings) == 12 and hall.free == []
    assert hall.takings == 12 * 8, hall.takings
    print("OK")


if __name__ == "__main__":
    main()
