"""Tariff rules applied to each crossing."""

NIGHT_SURCHARGE = 1.50
HEAVY_SURCHARGE = 4.00


def apply_rules(crossing, hour):
    if hour >= 22 or hour < 6:
        crossing.surcharges.append(("night", NIGHT_SURCHARGE))
    if crossing.axles > 3:
        crossing.surcharges.append(("heavy", HEAVY_SURCHARGE))
    return crossing


class TollBooth:
    BASE = 2.00

    def __init__(self):
        self.takings = 0.0
        self.receipts = []

    def charge(self, crossing, hour):
        apply_rules(crossing, hour)
        fee = crossing.fee(self.BASE)
        self.takings += fee
        self.receipts.append((crossing.plate, fee))
        return fee
