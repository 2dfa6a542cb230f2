"""Invoice ledger for a small wholesale business.

Invoices are dataclasses with a line buffer that knows how to total itself
with VAT.  The ledger issues invoices from order lines and keeps a running
receivables balance per customer.
"""
from collections import defaultdict
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")


class LineBuffer:
    """Ordered invoice lines with per-line VAT rates."""

    def __init__(self):
        self._lines = []

    def add(self, description, quantity, unit_price, vat_rate="0.20"):
        self._lines.append((description, int(quantity), Decimal(unit_price),
                            Decimal(vat_rate)))

    def net(self):
        return sum((q * p for _, q, p, _ in self._lines), Decimal("0"))

    def vat(self):
        total = sum((q * p * r for _, q, p, r in self._lines), Decimal("0"))
        return total.quantize(CENT, rounding=ROUND_HALF_UP)

    def __len__(self):
        return len(self._lines)

    def __iter__(self):
        return iter(self._lines)


@dataclass
class Invoice:
    number: str
    customer: str
    lines: LineBuffer = LineBuffer()
    currency: str = "EUR"

    def gross(self):
        return (self.lines.net() + self.lines.vat()).quantize(CENT)

    def render(self):
        out = [f"Invoice {self.number} to {self.customer}"]
        for description, quantity, price, rate in self.lines:
            out.append(f"  {quantity:>3} x {description:<18} {price:>8} (VAT {rate})")
        out.append(f"  total {self.gross()} {self.currency}")
        return "\n".join(out)


class Ledger:
    def __init__(self, prefix):
        self.prefix = prefix
        self._next = 1
        self.invoices = []
        self.receivable = defaultdict(Decimal)

    def issue(self, customer, order_lines):
        invoice = Invoice(f"{self.prefix}-{self._next:04d}", customer)
        self._next += 1
        for line in order_lines:
            invoice.lines.add(*line)
        self.invoices.append(invoice)
        self.receivable[customer] += invoice.gross()
        return invoice


def main():
    ledger = Ledger("INV")
    first = ledger.issue("Hartley Hardware", [
        ("hinges, brass", 40, "1.25"),
        ("jigsaw blades", 10, "3.10"),
    ])
    second = ledger.issue("Ilkley Interiors", [
        ("lamp fittings", 6, "12.00", "0.05"),
    ])
    for invoice in ledger.invoices:
        print(invoice.render())
    expected_second = Decimal("75.60")
    if len(second.lines) != 1 or second.gross() != expected_second:
        print(f"{second.number} has {len(second.lines)} lines and totals "
              f"{second.gross()}, expected 1 line totalling {expected_second}")
        print("BUG SHOWN")
    else:
        print(f"ledger balanced: {dict(ledger.receivable)} {first.number}")


if __name__ == "__main__":
    main()
