"""Collection management for a small museum.

Exhibits are catalogued per gallery; the registrar records outgoing loans
to other institutions and produces an availability report for curators
planning the next rotation.
"""
import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class Loan:
    institution: str
    start: dt.date
    until: dt.date

    def active_on(self, day):
        return self.start <= day <= self.until


class Exhibit:
    def __init__(self, accession, title, gallery, loans=[]):
        self.accession = accession
        self.title = title
        self.gallery = gallery
        self.loans = loans

    def lend_to(self, institution, start, until):
        if until < start:
            raise ValueError("loan ends before it starts")
        self.loans.append(Loan(institution, start, until))

    def on_loan(self, day):
        return any(loan.active_on(day) for loan in self.loans)

    def __repr__(self):
        return f"Exhibit({self.accession!r}, {self.title!r})"


class Catalogue:
    def __init__(self):
        self._by_accession = {}

    def accession(self, accession, title, gallery, **extra):
        exhibit = Exhibit(accession, title, gallery, **extra)
        self._by_accession[accession] = exhibit
        return exhibit

    def __getitem__(self, accession):
        return self._by_accession[accession]

    def available(self, gallery, day):
        return [
            ex.accession
            for ex in self._by_accession.values()
            if ex.gallery == gallery and not ex.on_loan(day)
        ]


class Registrar:
    def __init__(self, catalogue):
        self.catalogue = catalogue

    def approve_loan(self, accession, institution, start, until):
        self.catalogue[accession].lend_to(institution, start, until)


def main():
    catalogue = Catalogue()
    catalogue.accession("1921.44", "Bronze astrolabe", "Instruments")
    catalogue.accession("1950.02", "Harbour at dusk", "Paintings")
    catalogue.accession("1988.17", "Brass sextant", "Instruments")

    registrar = Registrar(catalogue)
    registrar.approve_loan(
        "1921.44", "Maritime Museum", dt.date(2024, 3, 1), dt.date(2024, 9, 30)
    )

    day = dt.date(2024, 6, 1)
    instruments = catalogue.available("Instruments", day)
    paintings = catalogue.available("Paintings", day)
    print("instruments available:", instruments)
    print("paintings available:", paintings)

    if "1988.17" not in instruments or "1950.02" not in paintings:
        print("exhibits never lent out are reported as away on loan")
        print("BUG SHOWN")
    else:
        print("availability report is correct")


if __name__ == "__main__":
    main()
