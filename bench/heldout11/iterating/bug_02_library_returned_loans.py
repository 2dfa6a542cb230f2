import datetime as dt
from dataclasses import dataclass, field


@dataclass
class Loan:
    barcode: str
    due: dt.date
    returned_on: dt.date | None = None

    @property
    def returned(self):
        return self.returned_on is not None

    def fine(self, rate_per_day=0.25):
        if not self.returned or self.returned_on <= self.due:
            return 0.0
        return (self.returned_on - self.due).days * rate_per_day


@dataclass
class Patron:
    card: str
    loans: list = field(default_factory=list)
    balance: float = 0.0


class LoanDesk:
    def __init__(self):
        self.archive = []

    def check_in(self, patron, barcode, when):
        for loan in patron.loans:
            if loan.barcode == barcode:
                loan.returned_on = when

    def _archive(self, patron, loan):
        patron.balance += loan.fine()
        patron.loans.remove(loan)
        self.archive.append(loan.barcode)

    def close_returned(self, patron):
        for loan in patron.loans:
            if loan.returned:
                self._archive(patron, loan)
        return len(patron.loans)


if __name__ == "__main__":
    due = dt.date(2024, 4, 10)
    patron = Patron("C-9", [Loan("B1", due), Loan("B2", due), Loan("B3", due), Loan("B4", due)])
    desk = LoanDesk()
    desk.check_in(patron, "B1", dt.date(2024, 4, 8))
    desk.check_in(patron, "B2", dt.date(2024, 4, 14))
    desk.check_in(patron, "B4", dt.date(2024, 4, 12))

    remaining = desk.close_returned(patron)
    assert desk.archive == ["B1", "B4"], desk.archive
    assert remaining == 2 and [l.barcode for l in patron.loans] == ["B2", "B3"]
    assert patron.balance == 0.5
    print("BUG SHOWN")
