"""Jewellery repair counter.

The bench has a standard rate card.  Each repair ticket starts from the
rate card; trade customers (other jewellers sending work in) get a
percentage off every rate on their ticket.
"""
from decimal import ROUND_HALF_UP, Decimal


def money(value):
    return Decimal(value).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


class RepairTicket:
    rate_card = {
        "ring resize": money("35.00"),
        "chain solder": money("20.00"),
        "clean and polish": money("12.50"),
        "claw retip": money("18.00"),
        "stone setting": money("45.00"),
    }
    _next_number = 1000

    def __init__(self, customer, item, trade=False):
        RepairTicket._next_number += 1
        self.number = RepairTicket._next_number
        self.customer = customer
        self.item = item
        self.trade = trade
        self.rates = self.rate_card
        self.jobs = []

    def add_job(self, job, quantity=1):
        self.jobs.append((job, quantity))

    def total(self):
        return sum((self.rates[job] * qty for job, qty in self.jobs), Decimal("0"))

    def docket(self):
        lines = [f"#{self.number} {self.customer} - {self.item}"]
        for job, qty in self.jobs:
            lines.append(f"    {qty} x {job:<18} {self.rates[job]:>7}")
        lines.append(f"    total {self.total():>25}")
        return "\n".join(lines)


def apply_trade_discount(ticket, percent):
    factor = (Decimal(100) - Decimal(percent)) / Decimal(100)
    for job in ticket.rates:
        ticket.rates[job] = money(ticket.rates[job] * factor)
    return ticket


def open_ticket(customer, item, jobs, trade_percent=None):
    ticket = RepairTicket(customer, item, trade=trade_percent is not None)
    if trade_percent is not None:
        apply_trade_discount(ticket, trade_percent)
    for job in jobs:
        ticket.add_job(*job)
    return ticket


def main():
    trade = open_ticket("Lindqvist Goldsmiths", "tray of rings",
                        [("ring resize", 6), ("claw retip", 4)], trade_percent=20)
    walk_in = open_ticket("Ida Hale", "grandmother's locket",
                          [("chain solder", 1), ("clean and polish", 1)])
    print(trade.docket())
    print(walk_in.docket())
    expected = money("32.50")
    if walk_in.total() != expected:
        print(f"walk-in customer charged {walk_in.total()}, list price is {expected}")
        print("BUG SHOWN")
    else:
        print("tickets priced correctly")


if __name__ == "__main__":
    main()
