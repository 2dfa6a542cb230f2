"""Tailor shop: alteration tickets for garments brought in at the counter.

Garment types inherit pricing and a running list of alterations from a
common base; the counter clerk adds alterations as the customer asks.
"""
from decimal import Decimal


class Garment:
    alterations = []
    base_price = Decimal("0")
    rates = {
        "hem": Decimal("12.00"),
        "take in waist": Decimal("18.50"),
        "shorten sleeves": Decimal("22.00"),
        "replace zip": Decimal("15.00"),
    }

    def __init__(self, owner):
        self.owner = owner

    def add_alteration(self, job):
        if job not in self.rates:
            raise ValueError(job)
        self.alterations += [job]
        return self

    def quote(self):
        return self.base_price + sum((self.rates[j] for j in self.alterations), Decimal("0"))


class Trousers(Garment):
    base_price = Decimal("5.00")


class Jacket(Garment):
    base_price = Decimal("10.00")


class Counter:
    def __init__(self):
        self.tickets = []

    def take_in(self, garment, *jobs):
        for job in jobs:
            garment.add_alteration(job)
        self.tickets.append(garment)
        return garment.quote()


def main():
    counter = Counter()
    q1 = counter.take_in(Trousers("Mr Rhodes"), "hem", "take in waist")
    q2 = counter.take_in(Jacket("Ms Sato"), "shorten sleeves")
    q3 = counter.take_in(Trousers("Dr Tull"))
    for ticket, quote in zip(counter.tickets, (q1, q2, q3)):
        print(f"{type(ticket).__name__:9s} {ticket.owner:10s} {ticket.alterations} {quote}")
    if q3 != Decimal("5.00") or counter.tickets[1].alterations != ["shorten sleeves"]:
        print("BUG SHOWN")
    else:
        print("OK")


if __name__ == "__main__":
    main()
