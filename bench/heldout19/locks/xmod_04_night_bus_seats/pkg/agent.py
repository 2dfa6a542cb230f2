"""A ticket agent sells from the shared inventory."""

import threading
import time

from . import inventory


class TicketAgent:
    def __init__(self, name):
        self.name = name
        self._lock = threading.Lock()
        self.sold = 0

    def _print_ticket(self, route, passenger):
        time.sleep(0.002)
        return f"{route}/{passenger}/{self.name}"

    def sell(self, route, passenger):
        with self._lock:
            if inventory.seats_left(route) <= 0:
                return None
            ticket = self._print_ticket(route, passenger)
            inventory.SEATS_LEFT[route] -= 1
            inventory.SOLD.append(ticket)
            self.sold += 1
            return ticket
