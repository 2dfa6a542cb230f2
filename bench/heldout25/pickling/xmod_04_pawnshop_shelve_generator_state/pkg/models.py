"""Pledges: items left as security for a loan, accruing monthly interest."""
from decimal import ROUND_HALF_UP, Decimal


class Pledge:
    def __init__(self, ticket, customer, item, principal, monthly_rate):
        self.ticket = ticket
        self.customer = customer
        self.item = item
        self.principal = Decimal(principal)
        self.monthly_rate = Decimal(monthly_rate)
        self.months_elapsed = 0
        self._balances = self._accrue()

    def _accrue(self):
        balance = self.principal
        while True:
            yield balance
            interest = (balance * self.monthly_rate).quantize(Decimal("0.01"), ROUND_HALF_UP)
            balance += interest

    def month_end(self):
        self.months_elapsed += 1
        return next(self._balances)

    def __repr__(self):
        return f"Pledge({self.ticket}, {self.item!r}, {self.principal})"
