"""Turnstiles at the entrance and exit."""
import threading


class Turnstile:
    def __init__(self, name, occupancy):
        self.name = name
        self.occupancy = occupancy
        self._lock = threading.Lock()
        self.clicks = 0

    def _apply(self, delta):
        with self._lock:
            current = self.occupancy.read()
            self.occupancy.write(current + delta)
            self.clicks += 1


class EntryGate(Turnstile):
    def admit(self):
        self._apply(+1)


class ExitGate(Turnstile):
    def release(self):
        self._apply(-1)
