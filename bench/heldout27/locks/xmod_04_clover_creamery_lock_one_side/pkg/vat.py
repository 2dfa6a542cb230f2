"""Holding vat fed by the milking parlour."""
import threading
import time

SETTLE_SECONDS = 0.15


class Vat:
    def __init__(self, name, litres, capacity):
        self.name = name
        self.litres = litres
        self.capacity = capacity
        self.lock = threading.Lock()
        self.deliveries = []

    def fill(self, litres, source):
        with self.lock:
            current = self.litres
            if current + litres > self.capacity:
                raise OverflowError(f"{self.name}: would overflow")
            time.sleep(SETTLE_SECONDS)
            self.litres = current + litres
            self.deliveries.append((source, litres))

    def reading(self):
        with self.lock:
            return self.litres
