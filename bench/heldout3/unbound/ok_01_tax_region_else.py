from dataclasses import dataclass
from decimal import Decimal


@dataclass
class Address:
    country: str
    state: str = ""


class UnsupportedRegion(Exception):
    pass


class TaxCalculator:
    def __init__(self, exempt_states=("OR", "MT")):
        self.exempt_states = set(exempt_states)

    def _rate_for(self, address):
        if address.country == "US":
            if address.state in self.exempt_states:
                rate = Decimal("0")
            else:
                rate = Decimal("0.07")
        elif address.country in ("DE", "FR", "NL"):
            rate = Decimal("0.20")
        elif address.country == "GB":
            rate = Decimal("0.20")
        else:
            raise UnsupportedRegion(address.country)
        return rate

    def tax(self, subtotal, address):
        return (subtotal * self._rate_for(address)).quantize(Decimal("0.01"))


def checkout(cart_total, address, calculator):
    tax = calculator.tax(cart_total, address)
    return cart_total + tax


def main():
    calc = TaxCalculator()
    assert checkout(Decimal("100"), Address("US", "OR"), calc) == Decimal("100.00")
    assert checkout(Decimal("100"), Address("GB"), calc) == Decimal("120.00")
    try:
        checkout(Decimal("100"), Address("JP"), calc)
    except UnsupportedRegion as exc:
        assert str(exc) == "JP"
        print("OK")


if __name__ == "__main__":
    main()
