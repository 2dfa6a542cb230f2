"""Shift hours and bunk allocation on an oil rig, updated from several threads."""

import sys
import threading
import time


class ShiftBook:
    def __init__(self, bunks):
        self._lock = threading.Lock()
        self.hours = {}
        self.free_bunks = bunks
        self.assigned = []

    def _audit(self):
        time.sleep(0)

    def log_hours(self, worker, h):
        with self._lock:
            current = self.hours.get(worker, 0)
            self._audit()
            self.hours[worker] = current + h

    def assign_bunk(self, worker):
        with self._lock:
            if self.free_bunks <= 0:
                return False
            self._audit()
            self.free_bunks -= 1
            self.assigned.append(worker)
            return True


def crew_thread(book, name, start):
    start.wait()
    for _ in range(200):
        book.log_hours("drill team", 1)
    book.assign_bunk(name)


def main():
    sys.setswitchinterval(1e-6)
    book = ShiftBook(bunks=4)
    start = threading.Barrier(6)
    threads = [threading.Thread(target=crew_thread, args=(book, f"crew{i}", start))
               for i in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert book.hours["drill team"] == 1200, book.hours
    assert len(book.assigned) == 4 and book.free_bunks == 0
    print("OK")


if __name__ == "__main__":
    main()
