"""Order pricing for a small butcher's counter."""

from dataclasses import dataclass, field

LOYALTY_DISCOUNT = 0.05
BULK_THRESHOLD_KG = 5.0


@dataclass
class Cut:
    name: str
    price_per_kg: float


@dataclass
class OrderLine:
    cut: Cut
    weight_kg: float


@dataclass
class Order:
    customer: str
    lines: list = field(default_factory=list)
    loyalty_member: bool = False

    def add(self, cut, weight_kg):
        self.lines.append(OrderLine(cut, weight_kg))
        return self

    def total_weight(self):
        return sum(line.weight_kg for line in self.lines)


class Counter:
    def __init__(self):
        self.catalogue = {}
        self.receipts = []

    def stock(self, name, price_per_kg):
        self.catalogue[name] = Cut(name, price_per_kg)

    def subtotal(self, order):
        return sum(l.cut.price_per_kg * l.weight_kg for l in order.lines)

    def price(self, order):
        """Return the amount due, applying loyalty and bulk discounts."""
        amount = self.subtotal(order)
        rate = 0.0
        if order.loyalty_member:
            rate += LOYALTY_DISCOUNT
        if order.total_weight() >= BULK_THRESHOLD_KG:
            # bulk buyers get the better of the two rates
            LOYALTY_DISCOUNT = 0.08
            rate = max(rate, LOYALTY_DISCOUNT)
        due = round(amount * (1 - rate), 2)
        self.receipts.append((order.customer, due))
        return due


def main():
    counter = Counter()
    counter.stock("sirloin", 24.0)
    counter.stock("brisket", 11.5)
    counter.stock("chuck", 9.0)

    small = Order("Mrs Pike", loyalty_member=False)
    small.add(counter.catalogue["chuck"], 1.2)
    print("small order due:", counter.price(small))

    regular = Order("Mr Hale", loyalty_member=True)
    regular.add(counter.catalogue["sirloin"], 0.8)
    regular.add(counter.catalogue["brisket"], 1.0)
    try:
        print("regular order due:", counter.price(regular))
    except UnboundLocalError as exc:
        print("pricing failed:", exc)
        print("BUG SHOWN")
        return
    print("OK")


if __name__ == "__main__":
    main()
