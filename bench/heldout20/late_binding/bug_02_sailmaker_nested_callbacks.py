"""Order pipeline at a sailmaker's loft."""


class Loft:
    def __init__(self):
        self._on_done = []
        self.finished = []

    def when_done(self, callback):
        self._on_done.append(callback)

    def close_day(self):
        for callback in self._on_done:
            callback()
        self._on_done.clear()


def cut_area(order):
    return round(order["luff"] * order["foot"] / 2, 1)


def plan_orders(loft, orders):
    for order in orders:
        area = cut_area(order)

        def ship():
            loft.finished.append((order["boat"], area))

        loft.when_done(ship)


def main():
    loft = Loft()
    plan_orders(loft, [
        {"boat": "Wren", "luff": 8.0, "foot": 3.0},
        {"boat": "Kestrel", "luff": 10.0, "foot": 4.0},
    ])
    loft.close_day()
    print("shipped:", loft.finished)
    if loft.finished[0][0] != "Wren":
        print("Wren's sail shipped as Kestrel's")
        print("BUG SHOWN")


if __name__ == "__main__":
    main()
