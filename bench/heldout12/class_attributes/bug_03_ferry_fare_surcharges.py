from decimal import Decimal


class Fare:
    base = Decimal("0")
    _surcharges = []

    @classmethod
    def add_surcharge(cls, label, amount):
        cls._surcharges.append((label, Decimal(amount)))

    @classmethod
    def surcharges(cls):
        return list(cls._surcharges)

    def __init__(self, passenger):
        self.passenger = passenger

    def total(self):
        return self.base + sum((amt for _, amt in self.surcharges()), Decimal("0"))


class FootPassengerFare(Fare):
    base = Decimal("12.50")


class VehicleFare(Fare):
    base = Decimal("48.00")


class CabinFare(Fare):
    base = Decimal("95.00")


def configure_tariffs():
    VehicleFare.add_surcharge("fuel", "6.20")
    VehicleFare.add_surcharge("port-vehicle", "3.00")
    CabinFare.add_surcharge("linen", "8.00")


def main():
    configure_tariffs()
    walker = FootPassengerFare("K. Lindqvist")
    labels = [label for label, _ in walker.surcharges()]
    assert labels == ["fuel", "port-vehicle", "linen"], labels
    assert walker.total() == Decimal("29.70"), walker.total()
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
