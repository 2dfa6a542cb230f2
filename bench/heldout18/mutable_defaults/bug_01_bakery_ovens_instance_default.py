"""Tray scheduling for the bakery's deck ovens."""


class Tray:
    def __init__(self, product, minutes):
        self.product = product
        self.minutes = minutes

    def __repr__(self):
        return f"{self.product}({self.minutes}m)"


class Oven:
    def __init__(self, name, max_trays, trays=[]):
        self.name = name
        self.max_trays = max_trays
        self.trays = trays

    def has_room(self):
        return len(self.trays) < self.max_trays

    def load(self, tray):
        if not self.has_room():
            raise RuntimeError(f"{self.name} is full")
        self.trays.append(tray)

    def bake_time(self):
        return max((t.minutes for t in self.trays), default=0)


class Bakehouse:
    def __init__(self, oven_names):
        self.ovens = [Oven(name, max_trays=3) for name in oven_names]

    def place(self, tray):
        for oven in self.ovens:
            if oven.has_room():
                oven.load(tray)
                return oven.name
        return None


def main():
    house = Bakehouse(["deck-1", "deck-2"])
    placed = []
    for product, minutes in [("sourdough", 40), ("rye", 55), ("baguette", 22),
                             ("brioche", 30), ("focaccia", 25)]:
        placed.append((product, house.place(Tray(product, minutes))))
    print("placed:", placed)
    for oven in house.ovens:
        print(oven.name, oven.trays, oven.bake_time())
    unplaced = [p for p, where in placed if where is None]
    if unplaced and house.ovens[0].trays is house.ovens[1].trays:
        print("BUG SHOWN")


if __name__ == "__main__":
    main()
