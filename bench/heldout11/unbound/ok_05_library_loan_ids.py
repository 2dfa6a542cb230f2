import datetime as dt

_next_loan_id = 1000
LOAN_DAYS = {"book": 21, "dvd": 7, "journal": 3}


class LoanRefused(Exception):
    pass


def _allocate_id():
    global _next_loan_id
    _next_loan_id += 1
    return _next_loan_id


class Loan:
    def __init__(self, item, patron, due):
        self.loan_id = _allocate_id()
        self.item = item
        self.patron = patron
        self.due = due


class Circulation:
    def __init__(self, today):
        self.today = today
        self.loans = []
        self.refusals = []

    def _due_date(self, item):
        kind = item["kind"]
        if kind == "reference":
            raise LoanRefused(f"{item['title']} is reference only")
        elif kind in LOAN_DAYS:
            days = LOAN_DAYS[kind]
        else:
            days = 14
        return self.today + dt.timedelta(days=days)

    def checkout(self, patron, items):
        last_loan = None
        error = None
        for item in items:
            try:
                due = self._due_date(item)
            except LoanRefused as exc:
                error = exc
                self.refusals.append(str(exc))
                continue
            last_loan = Loan(item, patron, due)
            self.loans.append(last_loan)
        return last_loan, error


if __name__ == "__main__":
    desk = Circulation(dt.date(2024, 3, 1))
    loan, err = desk.checkout("ada", [
        {"title": "Dune", "kind": "book"},
        {"title": "Atlas", "kind": "reference"},
        {"title": "Zine", "kind": "pamphlet"},
    ])
    assert loan.item["title"] == "Zine" and loan.due == dt.date(2024, 3, 15)
    assert isinstance(err, LoanRefused) and "Atlas" in str(err)
    assert [l.loan_id for l in desk.loans] == [1001, 1002]
    assert desk.checkout("bob", []) == (None, None)
    print("OK")
