"""Price calculation for a garden centre's plant inventory."""

SEASON_MARKUP = 1.15


class Plant:
    def __init__(self, name, base_price, hardy):
        self.name = name
        self.base_price = base_price
        self.hardy = hardy


class PriceBook:
    def __init__(self, month):
        self.month = month
        self.lines = []

    def is_winter(self):
        return self.month in (12, 1, 2)

    def price_for(self, plant):
        price = plant.base_price * SEASON_MARKUP
        if self.is_winter() and not plant.hardy:
            # tender plants need heated greenhouse space in winter
            SEASON_MARKUP = 1.40
            price = plant.base_price * SEASON_MARKUP
        return round(price, 2)

    def add(self, plant):
        self.lines.append((plant.name, self.price_for(plant)))

    def render(self):
        return "\n".join(f"{name:<20}{price:>8.2f}" for name, price in self.lines)


def build_price_book(month, plants):
    book = PriceBook(month)
    for plant in plants:
        book.add(plant)
    return book


def main():
    stock = [
        Plant("Lavender", 6.50, True),
        Plant("Geranium", 4.20, False),
        Plant("Box hedge", 12.00, True),
    ]
    try:
        book = build_price_book(7, stock)
        print(book.render())
    except UnboundLocalError as exc:
        print("pricing failed:", exc)
        print("BUG SHOWN")
        return
    print("prices computed")


if __name__ == "__main__":
    main()
