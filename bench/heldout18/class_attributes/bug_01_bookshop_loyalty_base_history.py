"""Loyalty cards for an independent bookshop."""


class Account:
    """Common bookkeeping for anything that accrues points."""

    history = []
    points_per_pound = 1

    def __init__(self, holder):
        self.holder = holder
        self.points = 0

    def _log(self, kind, detail):
        self.history.append((kind, detail))

    def earn(self, amount):
        gained = int(amount * self.points_per_pound)
        self.points += gained
        self._log("earn", gained)
        return gained

    def redeem(self, points):
        if points > self.points:
            raise ValueError("not enough points")
        self.points -= points
        self._log("redeem", points)


class LoyaltyCard(Account):
    points_per_pound = 2

    def buy(self, isbn, price):
        self._log("buy", isbn)
        return self.earn(price)


class StudentCard(LoyaltyCard):
    points_per_pound = 3


def statement(card):
    return [f"{kind}:{detail}" for kind, detail in card.history]


def main():
    maya = LoyaltyCard("Maya")
    tom = StudentCard("Tom")
    maya.buy("978-0141439518", 8.99)
    tom.buy("978-0099518471", 12.50)
    maya.redeem(10)
    print("maya:", maya.points, statement(maya))
    print("tom:", tom.points, statement(tom))
    if any("978-0099518471" in line for line in statement(maya)):
        print("BUG SHOWN")


if __name__ == "__main__":
    main()
