"""CSV export of orders for the accounting team."""
import csv
import io


class OrderExport:
    PREFIX = "order_"
    FIELDS = ("id", "customer", "total", "currency", "placed_at")
    HEADER = [PREFIX + name for name in FIELDS]
    DELIMITER = ";"

    def __init__(self, orders):
        self.orders = orders

    def to_csv(self):
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter=self.DELIMITER)
        writer.writerow(self.HEADER)
        for order in self.orders:
            writer.writerow([order.get(field, "") for field in self.FIELDS])
        return buffer.getvalue()


if __name__ == "__main__":
    orders = [
        {"id": 1, "customer": "ACME", "total": "19.99", "currency": "EUR", "placed_at": "2024-03-01"},
        {"id": 2, "customer": "Globex", "total": "5.00", "currency": "USD", "placed_at": "2024-03-02"},
    ]
    print(OrderExport(orders).to_csv())
