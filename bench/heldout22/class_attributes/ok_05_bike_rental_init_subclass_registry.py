"""Fleet records for a bike rental shop.

City bikes and e-bikes are separate fleets with their own id spaces (the
numbers stencilled on the frames), their own rental histories and their own
tariffs.  Tariff tweaks for a promotion apply to a single bike only.
"""
from types import MappingProxyType


class FleetBike:
    kind = "bike"
    default_tariff = MappingProxyType({"per_hour": 4.0, "deposit": 50})

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls._by_number = {}

    def __init__(self, number, model):
        self.number = number
        self.model = model
        self.rentals = []
        self.tariff = dict(self.default_tariff)
        type(self).register(self)

    @classmethod
    def register(cls, bike):
        if bike.number in cls._by_number:
            raise KeyError(f"duplicate {cls.kind} number {bike.number}")
        cls._by_number[bike.number] = bike

    @classmethod
    def get(cls, number):
        return cls._by_number[number]

    @classmethod
    def count(cls):
        return len(cls._by_number)

    def rent(self, customer, hours):
        self.rentals.append((customer, hours))
        return round(self.tariff["per_hour"] * hours, 2)

    def apply_promo(self, **changes):
        self.tariff.update(changes)


class CityBike(FleetBike):
    kind = "city bike"


class EBike(FleetBike):
    kind = "e-bike"
    default_tariff = MappingProxyType({"per_hour": 9.0, "deposit": 200})


def main():
    for number in (1, 2, 3):
        CityBike(number, "dutch 3-speed")
    for number in (1, 2):
        EBike(number, "cargo e-bike")

    CityBike.get(2).apply_promo(per_hour=2.5)
    receipts = [
        CityBike.get(1).rent("ada", 3),
        CityBike.get(2).rent("bram", 4),
        EBike.get(1).rent("cas", 2),
    ]

    assert CityBike.count() == 3 and EBike.count() == 2
    assert receipts == [12.0, 10.0, 18.0], receipts
    assert CityBike.get(3).tariff["per_hour"] == 4.0
    assert EBike.get(2).rentals == [] and len(EBike.get(1).rentals) == 1
    assert not hasattr(FleetBike, "_by_number")
    print(f"city bikes {CityBike.count()}, e-bikes {EBike.count()}, receipts {receipts}")
    print("OK")


if __name__ == "__main__":
    main()
