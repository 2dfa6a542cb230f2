from .regional import PensionMixin, UkPayslip


class EnrolledUkPayslip(PensionMixin, UkPayslip):
    pass


def run_payroll(staff):
    slips = []
    for name, gross, pension in staff:
        slip = EnrolledUkPayslip(name, gross) if pension else UkPayslip(name, gross)
        if pension:
            slip.enrol_pension()
        slips.append(slip)
    return slips


def main():
    slips = run_payroll([("amy", 3000.0, True), ("raj", 2000.0, False)])
    amy, raj = slips
    assert len(raj.lines) == 5, raj.lines
    assert amy.lines is raj.lines
    assert raj.net() != round(2000.0 * 0.72, 2)
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
