"""Concrete contract types."""
from decimal import Decimal

from .base import Employee


class Salaried(Employee):
    def __init__(self, staff_id, name, annual):
        super().__init__(staff_id, name)
        self.annual = Decimal(annual)

    def base_pay(self):
        return (self.annual / 12).quantize(Decimal("0.01"))


class Hourly(Employee):
    def __init__(self, staff_id, name, rate, hours):
        super().__init__(staff_id, name)
        self.rate = Decimal(rate)
        self.hours = Decimal(hours)

    def base_pay(self):
        return (self.rate * self.hours).quantize(Decimal("0.01"))
