"""Auction price board for a harbour fish market."""

UNIT_TO_KG = {"kg": 1.0, "stone": 6.35, "box": 40.0, "kit": 63.5}

_converters = {}


def converter(unit):
    """Register a function that turns an amount in `unit` into kilograms."""
    def register(fn):
        _converters[unit] = fn
        fn.unit = unit
        return fn
    return register


def install_converters(table):
    for unit in table:
        @converter(unit)
        def to_kg(amount):
            return amount * table[unit]


class Lot:
    def __init__(self, species, amount, unit, bid_per_kg):
        self.species = species
        self.amount = amount
        self.unit = unit
        self.bid_per_kg = bid_per_kg

    def weight_kg(self):
        return _converters[self.unit](self.amount)

    def value(self):
        return round(self.weight_kg() * self.bid_per_kg, 2)


class Auction:
    def __init__(self):
        self.lots = []

    def add(self, lot):
        self.lots.append(lot)

    def board(self):
        return [(l.species, l.amount, l.unit, l.weight_kg(), l.value()) for l in self.lots]


def main():
    install_converters(UNIT_TO_KG)
    auction = Auction()
    auction.add(Lot("haddock", 3, "box", 4.20))
    auction.add(Lot("plaice", 12, "kg", 6.80))
    auction.add(Lot("cod", 2, "stone", 5.10))
    for row in auction.board():
        print(row)
    plaice = auction.lots[1]
    print("registered units:", sorted(f.unit for f in _converters.values()))
    if plaice.weight_kg() != 12.0:
        print("12 kg of plaice weighed as", plaice.weight_kg(), "kg")
        print("BUG SHOWN")
        return
    print("OK")


if __name__ == "__main__":
    main()
