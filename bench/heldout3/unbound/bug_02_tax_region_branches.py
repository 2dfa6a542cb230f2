from dataclasses import dataclass
from decimal import Decimal


@dataclass
class Address:
    country: str
    state: str = ""


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
        return rate

    def tax(self, subtotal, address):
        return (subtotal * self._rate_for(address)).quantize(Decimal("0.01"))


def checkout(cart_total, address, calculator):
    tax = calculator.tax(cart_total, address)
    return cart_total + tax


def main():
    calc = TaxCalculator()
    assert checkout(Decimal("100"), Address("US", "CA"), calc) == Decimal("107.00")
    assert checkout(Decimal("100"), Address("DE"), calc) == Decimal("120.00")
    try:
        checkout(Decimal("100"), Address("JP"), calc)
    except UnboundLocalError as exc:
        assert "rate" in str(exc)
        print("BUG SHOWN")
    else:
        raise AssertionError("JP checkout succeeded")


if __name__ == "__main__":
    main()
