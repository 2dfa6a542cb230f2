"""Public library loan desk.

Checkouts produce a loan slip; a slip lists the items and any holds the
borrower asked to be notified about.  Patrons keep a loan history.  Callers
may pass in an existing list of holds, which must not be modified.
"""
from dataclasses import dataclass, field
from datetime import date, timedelta

LOAN_DAYS = {"book": 21, "dvd": 7, "magazine": 7}


@dataclass(frozen=True)
class Item:
    barcode: str
    title: str
    kind: str = "book"


@dataclass
class Patron:
    card: str
    name: str
    history: list = field(default_factory=list)
    flags: set = field(default_factory=set)


@dataclass
class LoanSlip:
    patron: Patron
    issued: date
    lines: list = field(default_factory=list)
    holds: list = field(default_factory=list)

    def render(self):
        out = [f"Loan slip for {self.patron.name} ({self.patron.card})"]
        out += [f"  {title} due {due:%d %b}" for title, due in self.lines]
        if self.holds:
            out.append("  notify when available: " + ", ".join(self.holds))
        return "\n".join(out)


def _add_line(lines, item, issued):
    due = issued + timedelta(days=LOAN_DAYS[item.kind])
    lines.append((item.title, due))
    return lines


def checkout(patron, items, issued, lines=None, holds=None):
    lines = [] if lines is None else list(lines)
    holds = [] if holds is None else list(holds)
    for item in items:
        _add_line(lines, item, issued)
        patron.history.append(item.barcode)
    if any(item.kind == "dvd" for item in items):
        holds.append("season 2 box set")
    return LoanSlip(patron, issued, lines, holds)


def main():
    today = date(2024, 5, 2)
    shared_holds = ["Kafka on the Shore"]
    ines = Patron("L-0001", "Ines")
    jack = Patron("L-0002", "Jack")
    first = checkout(ines, [Item("31", "Hyperion"), Item("77", "Lost Highway", "dvd")],
                     today, holds=shared_holds)
    second = checkout(jack, [Item("52", "Invisible Cities")], today)
    third = checkout(ines, [Item("90", "Le Monde", "magazine")], today)
    for slip in (first, second, third):
        print(slip.render())
    checks = [
        len(second.lines) == 1 and second.holds == [],
        len(third.lines) == 1 and third.holds == [],
        shared_holds == ["Kafka on the Shore"],
        first.holds == ["Kafka on the Shore", "season 2 box set"],
        jack.history == ["52"] and ines.history == ["31", "77", "90"],
        ines.flags is not jack.flags,
    ]
    print("OK" if all(checks) else f"unexpected loan state {checks}")


if __name__ == "__main__":
    main()
