"""Invoice builder for a car-rental counter.

A rental is priced as a base daily rate plus optional extras (child seat,
GPS, collision waiver).  Invoices are assembled from line items by a small
pipeline of helpers so that franchise branches can plug in local surcharges.
"""
from dataclasses import dataclass
from decimal import Decimal
from typing import Callable, List, Tuple

LineItem = Tuple[str, Decimal]

DAILY_RATES = {
    "economy": Decimal("34.00"),
    "compact": Decimal("41.50"),
    "estate": Decimal("58.00"),
}
EXTRA_PRICES = {
    "child_seat": Decimal("6.00"),
    "gps": Decimal("4.50"),
    "waiver": Decimal("12.00"),
}


@dataclass
class Rental:
    agreement: str
    category: str
    days: int
    extras: Tuple[str, ...] = ()
    airport_pickup: bool = False


def _add_base(rental: Rental, items: List[LineItem]) -> None:
    rate = DAILY_RATES[rental.category]
    items.append((f"{rental.category} x{rental.days}d", rate * rental.days))


def _add_extras(rental: Rental, items: List[LineItem]) -> None:
    for extra in rental.extras:
        items.append((f"{extra} x{rental.days}d", EXTRA_PRICES[extra] * rental.days))


def _add_airport_fee(rental: Rental, items: List[LineItem]) -> None:
    if rental.airport_pickup:
        items.append(("airport concession", Decimal("18.00")))


PIPELINE: List[Callable[[Rental, List[LineItem]], None]] = [
    _add_base,
    _add_extras,
    _add_airport_fee,
]


def build_invoice(rental: Rental, items: List[LineItem] = []) -> List[LineItem]:
    for step in PIPELINE:
        step(rental, items)
    return items


def invoice_total(items: List[LineItem]) -> Decimal:
    return sum((amount for _, amount in items), Decimal("0"))


def render(rental: Rental, items: List[LineItem]) -> str:
    lines = [f"Agreement {rental.agreement}"]
    lines += [f"  {label:<28}{amount:>9}" for label, amount in items]
    lines.append(f"  {'TOTAL':<28}{invoice_total(items):>9}")
    return "\n".join(lines)


def main() -> None:
    first = Rental("RA-5581", "compact", 3, extras=("gps",), airport_pickup=True)
    second = Rental("RA-5582", "economy", 2)

    first_items = build_invoice(first)
    print(render(first, first_items))
    expected_first = Decimal("41.50") * 3 + Decimal("4.50") * 3 + Decimal("18.00")

    second_items = build_invoice(second)
    print(render(second, second_items))
    expected_second = Decimal("34.00") * 2

    if invoice_total(second_items) != expected_second:
        print(f"second invoice should be {expected_second}, "
              f"got {invoice_total(second_items)} with {len(second_items)} lines")
        print("BUG SHOWN")
        return
    assert invoice_total(first_items) == expected_first
    print("invoices correct")


if __name__ == "__main__":
    main()
