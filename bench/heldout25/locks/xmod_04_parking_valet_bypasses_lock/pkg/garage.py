"""The garage's space ledger, shared by the entry barriers and the valet desk."""
import threading
import time


class GarageFull(Exception):
    pass


class Garage:
    def __init__(self, name, spaces):
        self.name = name
        self.capacity = spaces
        self.free = spaces
        self.parked = []
        self._lock = threading.Lock()

    def _raise_barrier(self):
        time.sleep(0.02)  # barrier arm motor

    def self_park(self, plate):
        with self._lock:
            free = self.free
            if free <= 0:
                raise GarageFull(plate)
            self._raise_barrier()
            self.free = free - 1
            self.parked.append(plate)

    def leave(self, plate):
        with self._lock:
            self.parked.remove(plate)
            self.free += 1

    def occupancy(self):
        with self._lock:
            return self.capacity - self.free, len(self.parked)
