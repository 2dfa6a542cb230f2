"""Blood bank stock report: every name is bound on every path."""

RESERVE_UNITS = 10


class Donation:
    def __init__(self, donor, group, volume_ml):
        self.donor = donor
        self.group = group
        self.volume_ml = volume_ml


class ScreeningFailed(Exception):
    pass


def screen(donation):
    if donation.volume_ml < 350:
        raise ScreeningFailed(f"{donation.donor}: low volume {donation.volume_ml}")
    return donation.volume_ml // 450 or 1


class StockLedger:
    def __init__(self):
        self.units = {}
        self.last_failure = None

    def accept(self, donation):
        units = 0
        try:
            units = screen(donation)
        except ScreeningFailed as exc:
            self.last_failure = exc
        self.units[donation.group] = self.units.get(donation.group, 0) + units
        return units

    def shortfall(self, group):
        reserve = RESERVE_UNITS
        if group.startswith("O"):
            reserve = RESERVE_UNITS * 2
        return max(0, reserve - self.units.get(group, 0))


def main():
    ledger = StockLedger()
    for d in [Donation("d1", "O-", 470), Donation("d2", "A+", 300), Donation("d3", "O-", 460)]:
        ledger.accept(d)
    assert ledger.units == {"O-": 2, "A+": 0}
    assert isinstance(ledger.last_failure, ScreeningFailed)
    assert ledger.shortfall("O-") == 18
    assert ledger.shortfall("A+") == 10
    print("stock:", ledger.units)
    print("OK")


if __name__ == "__main__":
    main()
