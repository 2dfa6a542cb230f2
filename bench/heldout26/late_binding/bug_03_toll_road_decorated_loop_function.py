"""Toll road billing: per-vehicle-class tariffs.

Tariff functions are registered with a decorator that rounds the charge to
whole cents and records the vehicle class it applies to.  The standard
per-kilometre tariffs are installed from a table at start-up.
"""
import functools
from decimal import ROUND_HALF_UP, Decimal

TARIFFS = {}


def tariff(vehicle_class):
    def decorator(func):
        @functools.wraps(func)
        def charge(km):
            amount = Decimal(str(func(km)))
            return amount.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)

        charge.vehicle_class = vehicle_class
        TARIFFS[vehicle_class] = charge
        return charge

    return decorator


RATE_TABLE = {
    "motorcycle": Decimal("0.04"),
    "car": Decimal("0.08"),
    "van": Decimal("0.12"),
    "hgv": Decimal("0.31"),
}


def install_standard_tariffs():
    for vehicle_class, per_km in RATE_TABLE.items():
        @tariff(vehicle_class)
        def per_km_charge(km):
            return per_km * km


@tariff("bus")
def bus_charge(km):
    return Decimal("1.50")


class Gantry:
    def __init__(self, name):
        self.name = name
        self.transactions = []

    def bill(self, plate, vehicle_class, km):
        amount = TARIFFS[vehicle_class](km)
        self.transactions.append((plate, vehicle_class, amount))
        return amount


def main():
    install_standard_tariffs()
    gantry = Gantry("Junction 4 - Junction 7")
    trips = [("RV12 ABC", "car", 23), ("SU70 XYZ", "motorcycle", 23),
             ("TN19 HGV", "hgv", 23), ("VB03 BUS", "bus", 23)]
    for plate, vclass, km in trips:
        gantry.bill(plate, vclass, km)
    for plate, vclass, amount in gantry.transactions:
        print(f"{plate:9s} {vclass:11s} {amount}")
    car = gantry.transactions[0][2]
    if car != Decimal("1.84"):
        print("BUG SHOWN")
    else:
        print("OK")


if __name__ == "__main__":
    main()
