"""Collation planner for a hand bookbindery."""

PAGES_PER_SHEET = {"folio": 4, "quarto": 8, "octavo": 16}


class Book:
    def __init__(self, title, pages, format_):
        self.title = title
        self.pages = pages
        self.format = format_

    def sheet_count(self):
        per = PAGES_PER_SHEET[self.format]
        return -(-self.pages // per)


def signature_label(index):
    letters = "ABCDEFGHIKLMNOPQRSTUVXYZ"
    return letters[index % len(letters)] * (1 + index // len(letters))


def plan_signatures(book, sheets_per_signature=2, plan=[]):
    """Return the list of signature labels needed to sew the text block."""
    sheets = book.sheet_count()
    index = 0
    while sheets > 0:
        plan.append(f"{book.title[:8]}:{signature_label(index)}")
        sheets -= sheets_per_signature
        index += 1
    return plan


class Bindery:
    def __init__(self):
        self.jobs = {}

    def accept(self, book, sheets_per_signature=2):
        self.jobs[book.title] = plan_signatures(book, sheets_per_signature)
        return self.jobs[book.title]

    def thread_needed_m(self, title):
        return round(len(self.jobs[title]) * 0.45, 2)


def main():
    bindery = Bindery()
    herbal = Book("Herbal of Simples", 96, "octavo")
    ledger = Book("Parish Ledger", 64, "quarto")

    first = bindery.accept(herbal)
    expected_first = len(first)
    second = bindery.accept(ledger, sheets_per_signature=4)

    print("herbal signatures:", len(bindery.jobs["Herbal of Simples"]))
    print("ledger signatures:", len(bindery.jobs["Parish Ledger"]))
    print("ledger thread (m):", bindery.thread_needed_m("Parish Ledger"))
    expected_second = -(-ledger.sheet_count() // 4)
    if len(second) != expected_second or len(first) != expected_first:
        print("ledger plan starts with", second[0])
        print("BUG SHOWN")
        return
    print("OK")


if __name__ == "__main__":
    main()
