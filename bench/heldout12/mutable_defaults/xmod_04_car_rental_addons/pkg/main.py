from .agreement import RentalAgreement
from .oneway import OneWayRental, WinterRental


def main():
    trip = OneWayRental("M. Okafor", "VW Polo", 3, 40, drop_off="Lyon")
    ski = WinterRental("J. Berg", "Skoda Octavia", 2, 55)
    plain = RentalAgreement("L. Chen", "Fiat 500", 1, 35)

    assert list(plain.addons) == ["one-way-fee", "snow-chains"], plain.summary()
    assert plain.price() == 35 + 5 + 75, plain.summary()
    assert ski.price() == 2 * (55 + 5) + 75
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
