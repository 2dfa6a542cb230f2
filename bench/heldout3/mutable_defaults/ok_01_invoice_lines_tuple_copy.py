from decimal import Decimal


class LineItem:
    def __init__(self, sku, qty, unit_price):
        self.sku = sku
        self.qty = qty
        self.unit_price = Decimal(unit_price)

    @property
    def amount(self):
        return self.qty * self.unit_price


class Invoice:
    def __init__(self, customer, lines=()):
        self.customer = customer
        self.lines = list(lines)

    def add(self, sku, qty, unit_price):
        self.lines.append(LineItem(sku, qty, unit_price))
        return self

    @property
    def total(self):
        return sum((line.amount for line in self.lines), Decimal("0"))


class InvoiceBook:
    def __init__(self):
        self.invoices = {}

    def open(self, customer):
        invoice = Invoice(customer)
        self.invoices[customer] = invoice
        return invoice


def main():
    book = InvoiceBook()
    book.open("acme").add("WIDGET", 3, "2.50")
    globex = book.open("globex")
    globex.add("GADGET", 1, "10.00")
    assert [line.sku for line in globex.lines] == ["GADGET"]
    assert globex.total == Decimal("10.00")
    assert book.invoices["acme"].total == Decimal("7.50")
    print("OK")


if __name__ == "__main__":
    main()
