"""Tea room order book: parses table orders and prices them."""
import json

MENU = {"earl grey": 2.50, "assam": 2.20, "scone": 1.80, "sandwiches": 4.75}


class OrderError(Exception):
    pass


def parse_line(raw):
    return json.loads(raw)


class OrderBook:
    def __init__(self):
        self.rejected = []
        self.totals = {}

    def _load(self, raw):
        try:
            order = parse_line(raw)
        except json.JSONDecodeError:
            self.rejected.append(raw)
        return order

    def price(self, order):
        total = 0.0
        for item, qty in order["items"].items():
            if item not in MENU:
                raise OrderError(item)
            total += MENU[item] * qty
        return round(total, 2)

    def ingest(self, lines):
        for raw in lines:
            order = self._load(raw)
            self.totals[order["table"]] = self.price(order)
        return self.totals


def main():
    book = OrderBook()
    lines = [
        '{"table": 3, "items": {"earl grey": 2, "scone": 2}}',
        '{"table": 5, "items": {"assam": 1,}}',
        '{"table": 7, "items": {"sandwiches": 1}}',
    ]
    try:
        totals = book.ingest(lines)
    except UnboundLocalError as exc:
        print("ingest stopped:", exc)
        print("tables priced before failure:", book.totals)
        print("BUG SHOWN")
        return
    print(totals)


if __name__ == "__main__":
    main()
