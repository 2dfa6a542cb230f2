"""Claim valuation desks, each with its own rate table and a lookup cache."""


class CachedValuer:
    _cache = {}

    def rate_for(self, category):
        raise NotImplementedError

    def value(self, category, amount):
        if category not in self._cache:
            self._cache[category] = self.rate_for(category)
        return round(amount * self._cache[category], 2)


class MotorDesk(CachedValuer):
    RATES = {"collision": 0.80, "theft": 0.90}

    def rate_for(self, category):
        return self.RATES[category]


class HomeDesk(CachedValuer):
    RATES = {"flood": 0.70, "theft": 0.60}

    def rate_for(self, category):
        return self.RATES[category]


class ClaimsOffice:
    def __init__(self):
        self.desks = {"motor": MotorDesk(), "home": HomeDesk()}

    def settle(self, line, category, amount):
        return self.desks[line].value(category, amount)


def main():
    office = ClaimsOffice()
    car = office.settle("motor", "theft", 10000)
    house = office.settle("home", "theft", 10000)
    print("motor theft payout:", car)
    print("home theft payout:", house)
    if house != 6000.0:
        print("home desk used the motor desk's cached rate")
        print("BUG SHOWN")
    else:
        print("caches separate")


if __name__ == "__main__":
    main()
