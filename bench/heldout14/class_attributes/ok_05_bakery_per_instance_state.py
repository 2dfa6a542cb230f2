"""Bakery order book: each shop keeps its own orders; product lines register per class."""


class OrderBook:
    TAX_RATE = 0.07
    STANDARD_SIZES = ("small", "medium", "large")
    opened = 0

    def __init__(self, shop):
        self.shop = shop
        self.orders = []
        self.by_customer = {}
        self.opened += 1

    def place(self, customer, item, qty):
        order = (customer, item, qty)
        self.orders.append(order)
        self.by_customer.setdefault(customer, []).append(order)
        return len(self.orders)


class ProductLine:
    recipes = {}

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.recipes = {}

    @classmethod
    def recipe(cls, name):
        def register(func):
            cls.recipes[name] = func
            return func
        return register

    @classmethod
    def bake(cls, name, batches):
        return cls.recipes[name](batches)


class Breads(ProductLine):
    pass


class Pastries(ProductLine):
    pass


@Breads.recipe("sourdough")
def sourdough(batches):
    return {"flour_kg": 5 * batches, "starter_kg": 1 * batches}


@Pastries.recipe("croissant")
def croissant(batches):
    return {"flour_kg": 2 * batches, "butter_kg": 1.5 * batches}


def main():
    high_street = OrderBook("high street")
    station = OrderBook("station")
    high_street.place("Ana", "sourdough", 2)
    high_street.place("Ben", "croissant", 12)
    station.place("Cy", "baguette", 3)
    assert [o[0] for o in station.orders] == ["Cy"], station.orders
    assert len(high_street.orders) == 2
    assert station.opened == 1 and OrderBook.opened == 0
    assert set(Breads.recipes) == {"sourdough"}, Breads.recipes
    assert set(Pastries.recipes) == {"croissant"}, Pastries.recipes
    assert ProductLine.recipes == {}
    print("flour for 3 sourdough batches:", Breads.bake("sourdough", 3)["flour_kg"])
    print("OK")


if __name__ == "__main__":
    main()
