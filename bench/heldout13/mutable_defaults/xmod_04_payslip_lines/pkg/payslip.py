class PayslipLine:
    def __init__(self, code, amount):
        self.code = code
        self.amount = amount

    def __repr__(self):
        return f"PayslipLine({self.code!r}, {self.amount})"


class Payslip:
    def __init__(self, employee, gross, lines=[]):
        self.employee = employee
        self.gross = gross
        self.lines = lines

    def add_line(self, code, amount):
        self.lines.append(PayslipLine(code, amount))

    def deductions(self):
        return sum(line.amount for line in self.lines)

    def net(self):
        return round(self.gross - self.deductions(), 2)
