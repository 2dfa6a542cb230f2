"""Invoice line-item arithmetic for the billing service."""
import decimal
from typing import TYPE_CHECKING, Iterable

if TYPE_CHECKING:
    from decimal import Decimal

TWO_PLACES = decimal.Decimal("0.01")


class LineItem:
    def __init__(self, sku: str, quantity: int, unit_price: str) -> None:
        self.sku = sku
        self.quantity = quantity
        self.unit_price = decimal.Decimal(unit_price)

    def subtotal(self) -> Decimal:
        return (self.unit_price * self.quantity).quantize(TWO_PLACES)

    def __repr__(self) -> str:
        return f"LineItem({self.sku!r}, {self.quantity}, {self.unit_price})"


def invoice_total(items: "Iterable[LineItem]") -> "Decimal":
    return sum((item.subtotal() for item in items), decimal.Decimal("0"))


if __name__ == "__main__":
    items = [LineItem("WIDGET-1", 3, "4.99"), LineItem("GADGET-7", 1, "129.00")]
    print(items, invoice_total(items))
