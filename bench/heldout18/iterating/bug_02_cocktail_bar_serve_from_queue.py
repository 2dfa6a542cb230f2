"""Order rail for a cocktail bar: shaken drinks leave when ready."""


class Order:
    def __init__(self, table, drink, ready):
        self.table = table
        self.drink = drink
        self.ready = ready

    def __repr__(self):
        return f"{self.drink}@{self.table}"


class Rail:
    def __init__(self):
        self.orders = []
        self.served = []

    def add(self, table, drink, ready=False):
        self.orders.append(Order(table, drink, ready))

    def _hand_over(self, order):
        self.orders.remove(order)
        self.served.append(order)


def run_service(rail):
    """Carry every ready drink to its table."""
    for order in rail.orders:
        if order.ready:
            rail._hand_over(order)


def main():
    rail = Rail()
    rail.add(3, "negroni", ready=True)
    rail.add(5, "daiquiri", ready=True)
    rail.add(5, "old fashioned", ready=False)
    rail.add(1, "margarita", ready=True)
    rail.add(2, "martini", ready=True)
    run_service(rail)
    print("served:", rail.served)
    print("left on rail:", rail.orders)
    left_ready = [o for o in rail.orders if o.ready]
    if left_ready:
        print("ready drinks left behind:", left_ready)
        print("BUG SHOWN")


if __name__ == "__main__":
    main()
