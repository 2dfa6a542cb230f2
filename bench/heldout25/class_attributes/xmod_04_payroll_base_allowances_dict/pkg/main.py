from decimal import Decimal

from .policies import grant_on_call, grant_relocation
from .staff import Hourly, Salaried


def run_payroll(staff):
    return {emp.staff_id: emp.gross() for emp in staff}


def main():
    staff = [
        Salaried("E-101", "Marta Novak", "54000"),
        Salaried("E-102", "Osei Pratt", "61200"),
        Hourly("C-301", "Quinn Ortega", "38.50", "120"),
    ]
    grant_relocation(staff[0])
    grant_on_call(staff[1], weeks=2)

    payslips = run_payroll(staff)
    for emp in staff:
        print(emp.staff_id, emp.name, emp.base_pay(), "+", emp.allowance_total(), "=", payslips[emp.staff_id])

    contractor_extra = payslips["C-301"] - staff[2].base_pay()
    if contractor_extra != Decimal("0"):
        print("hourly contractor was paid allowances granted to other employees")
        print("BUG SHOWN")
    else:
        print("payroll is correct")


if __name__ == "__main__":
    main()
