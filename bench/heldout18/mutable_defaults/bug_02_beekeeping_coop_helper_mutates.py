"""Honey harvest ledger for a beekeeping co-operative."""


def _credit(ledger, member, kg):
    ledger[member] = round(ledger.get(member, 0.0) + kg, 2)


def _levy(ledger, rate):
    return {member: round(kg * rate, 2) for member, kg in ledger.items()}


def tally_season(harvests, ledger={}):
    """Build the per-member totals for one season's harvest records."""
    for member, kg in harvests:
        if kg <= 0:
            continue
        _credit(ledger, member, kg)
    return ledger


class Coop:
    LEVY_RATE = 0.05

    def __init__(self, name):
        self.name = name
        self.seasons = {}

    def close_season(self, year, harvests):
        totals = tally_season(harvests)
        self.seasons[year] = totals
        return _levy(totals, self.LEVY_RATE)

    def total_for(self, year):
        return sum(self.seasons[year].values())


def main():
    coop = Coop("Hillside Bees")
    coop.close_season(2024, [("Ada", 12.5), ("Bram", 8.0), ("Ada", 3.0)])
    levy_2025 = coop.close_season(2025, [("Bram", 10.0), ("Cait", 6.5)])
    print("2024:", coop.seasons[2024])
    print("2025:", coop.seasons[2025])
    print("2025 levy:", levy_2025)
    expected_2025 = 16.5
    if "Ada" in coop.seasons[2025] and coop.total_for(2025) != expected_2025:
        print("BUG SHOWN")


if __name__ == "__main__":
    main()
