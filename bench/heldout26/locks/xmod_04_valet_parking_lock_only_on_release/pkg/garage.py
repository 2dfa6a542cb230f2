"""Garage bay allocation shared by all valet attendants."""
import threading
import time


class GarageFull(Exception):
    pass


class Garage:
    def __init__(self, bays):
        self._free = list(bays)
        self._lock = threading.Lock()
        self.tickets = {}

    def _print_ticket(self, bay, plate):
        time.sleep(0.05)
        return f"VP-{bay}-{plate}"

    def claim(self, plate):
        if not self._free:
            raise GarageFull(plate)
        bay = self._free[-1]
        ticket = self._print_ticket(bay, plate)
        self._free.pop()
        self.tickets[ticket] = (bay, plate)
        return bay

    def release(self, bay, plate):
        with self._lock:
            self.tickets = {t: v for t, v in self.tickets.items() if v != (bay, plate)}
            self._free.append(bay)

    @property
    def free_count(self):
        with self._lock:
            return len(self._free)
