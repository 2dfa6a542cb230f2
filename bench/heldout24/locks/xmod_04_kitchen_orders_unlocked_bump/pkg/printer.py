"""Thermal ticket printer on the pass; slow, so it is called outside hot loops."""
import threading
import time


class KitchenPrinter:
    def __init__(self, seconds_per_ticket):
        self.seconds_per_ticket = seconds_per_ticket
        self.printed = []
        self._lock = threading.Lock()

    def print_ticket(self, ticket):
        time.sleep(self.seconds_per_ticket)
        with self._lock:
            self.printed.append(ticket.table)
