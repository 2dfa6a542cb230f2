"""The ticket rail: open tickets and the open-ticket counter shown on the KDS."""
import threading
from dataclasses import dataclass


@dataclass
class Ticket:
    number: int
    table: str
    dishes: tuple


class TicketRail:
    def __init__(self, printer):
        self._printer = printer
        self._lock = threading.Lock()
        self._tickets = {}
        self.open_count = 0
        self._next = 100

    def fire(self, table, dishes):
        with self._lock:
            self._next += 1
            ticket = Ticket(self._next, table, tuple(dishes))
            self._tickets[ticket.number] = ticket
            count = self.open_count
            self._printer.print_ticket(ticket)
            self.open_count = count + 1
        return ticket

    def ticket(self, number):
        return self._tickets[number]

    def open_tickets(self):
        with self._lock:
            return sorted(self._tickets)
