from .payslip import Payslip


class UkPayslip(Payslip):
    TAX_RATE = 0.20
    NI_RATE = 0.08

    def __init__(self, employee, gross):
        super().__init__(employee, gross)
        self.add_line("PAYE", round(gross * self.TAX_RATE, 2))
        self.add_line("NI", round(gross * self.NI_RATE, 2))


class PensionMixin:
    PENSION_RATE = 0.05

    def enrol_pension(self):
        self.add_line("PENSION", round(self.gross * self.PENSION_RATE, 2))
        return self
