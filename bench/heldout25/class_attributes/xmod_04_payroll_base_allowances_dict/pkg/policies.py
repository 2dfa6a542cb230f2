"""HR policies that attach allowances to an employee's pay."""
from decimal import Decimal

RELOCATION_LUMP_SUM = Decimal("1500.00")
ON_CALL_PER_WEEK = Decimal("120.00")


def grant_relocation(employee):
    employee.allowances["relocation"] = RELOCATION_LUMP_SUM


def grant_on_call(employee, weeks):
    current = employee.allowances.get("on_call", Decimal("0"))
    employee.allowances["on_call"] = current + ON_CALL_PER_WEEK * weeks
