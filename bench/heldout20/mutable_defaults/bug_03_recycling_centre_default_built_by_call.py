"""Weighbridge tallies at a recycling centre."""


class Tally:
    def __init__(self):
        self.by_material = {}

    def add(self, material, kg):
        self.by_material[material] = self.by_material.get(material, 0) + kg
        return self

    def total(self):
        return sum(self.by_material.values())


def new_tally():
    return Tally()


def weigh_in(loads, tally=new_tally()):
    """Weigh a visitor's loads and return their tally."""
    for material, kg in loads:
        if kg <= 0:
            continue
        tally.add(material, kg)
    return tally


class Visitor:
    def __init__(self, plate, loads):
        self.plate = plate
        self.loads = loads

    def charge(self, rate_per_kg=0.05):
        tally = weigh_in(self.loads)
        return round(tally.total() * rate_per_kg, 2)


def main():
    first = Visitor("AB12", [("glass", 40), ("metal", 20)])
    second = Visitor("CD34", [("paper", 10)])
    bills = [first.charge(), second.charge()]
    print("bills:", bills)
    if bills[1] != 0.5:
        print("second visitor billed for first visitor's loads")
        print("BUG SHOWN")


if __name__ == "__main__":
    main()
