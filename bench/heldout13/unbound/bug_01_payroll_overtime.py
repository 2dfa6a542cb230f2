from dataclasses import dataclass

OVERTIME_MULTIPLIER = 1.5
STANDARD_WEEK_HOURS = 40


@dataclass
class Timesheet:
    employee_id: str
    hours: list
    hourly_rate: float
    holiday_week: bool = False


class PayrollCalculator:
    def __init__(self):
        self.statements = []

    def run(self, sheets):
        for sheet in sheets:
            self.statements.append((sheet.employee_id, self.gross_pay(sheet)))
        return self.statements

    def gross_pay(self, sheet):
        worked = sum(sheet.hours)
        regular = min(worked, STANDARD_WEEK_HOURS)
        extra = max(worked - STANDARD_WEEK_HOURS, 0)
        return regular * sheet.hourly_rate + self.overtime_pay(sheet, extra)

    def overtime_pay(self, sheet, extra_hours):
        if not extra_hours:
            return 0.0
        base = extra_hours * sheet.hourly_rate * OVERTIME_MULTIPLIER
        if sheet.holiday_week:
            OVERTIME_MULTIPLIER = 2.0
            base = extra_hours * sheet.hourly_rate * OVERTIME_MULTIPLIER
        return round(base, 2)


def main():
    calc = PayrollCalculator()
    sheets = [
        Timesheet("e-100", [8, 8, 8, 8, 8], 20.0),
        Timesheet("e-101", [10, 10, 10, 10, 6], 22.5),
    ]
    try:
        calc.run(sheets)
    except UnboundLocalError as exc:
        assert "OVERTIME_MULTIPLIER" in str(exc)
        assert calc.statements == [("e-100", 800.0)]
        print("BUG SHOWN")
        return
    raise AssertionError("overtime computed without error")


if __name__ == "__main__":
    main()
