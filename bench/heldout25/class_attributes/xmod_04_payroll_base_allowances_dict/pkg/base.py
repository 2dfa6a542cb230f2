"""Common employee model shared by all contract types."""
from decimal import Decimal


class Employee:
    currency = "EUR"
    allowances = {}
    deductions = ()

    def __init__(self, staff_id, name):
        self.staff_id = staff_id
        self.name = name

    def base_pay(self):
        raise NotImplementedError

    def allowance_total(self):
        return sum(self.allowances.values(), Decimal("0"))

    def gross(self):
        return self.base_pay() + self.allowance_total()
