"""Pricing engine for guided tours of the abbey brewery."""

BASE_PRICE = 18.0
discount = 0.10
TASTING_SUPPLEMENT = 6.5


class Group:
    def __init__(self, leader, size, member=False, tasting=False):
        self.leader = leader
        self.size = size
        self.member = member
        self.tasting = tasting


def _per_head(group):
    price = BASE_PRICE
    if group.tasting:
        price += TASTING_SUPPLEMENT
    return price


def quote(group):
    """Return the total price for a group booking."""
    subtotal = _per_head(group) * group.size
    reduction = subtotal * discount
    if group.member:
        # members of the friends' society get the double reduction
        discount = discount * 2
        reduction = subtotal * discount
    return round(subtotal - reduction, 2)


class TourDesk:
    def __init__(self):
        self.bookings = []

    def book(self, group):
        total = quote(group)
        self.bookings.append((group.leader, total))
        return total

    def takings(self):
        return sum(total for _, total in self.bookings)


def main():
    desk = TourDesk()
    groups = [
        Group("Aldous", 6, tasting=True),
        Group("Brigid", 12, member=True),
    ]
    failures = []
    for group in groups:
        try:
            desk.book(group)
        except UnboundLocalError as exc:
            failures.append((group.leader, str(exc)))
    print("bookings:", desk.bookings)
    print("failures:", failures)
    if failures and not desk.bookings:
        print("BUG SHOWN")


if __name__ == "__main__":
    main()
