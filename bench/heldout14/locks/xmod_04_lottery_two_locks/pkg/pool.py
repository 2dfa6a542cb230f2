"""Ticket pool for one draw; every change is journalled for the regulator."""

import time


class TicketPool:
    def __init__(self, draw_id, price):
        self.draw_id = draw_id
        self.price = price
        self.sold = 0
        self.journal = []

    def _journal(self, kind, before):
        self.journal.append((kind, before))
        time.sleep(0.0001)

    def apply(self, kind, delta):
        before = self.sold
        self._journal(kind, before)
        self.sold = before + delta
        return self.sold

    def prize_fund(self):
        return round(self.sold * self.price * 0.5, 2)
