"""Casino chip denominations registered per table game."""


class ChipSet:
    denominations = []

    @classmethod
    def register(cls, value, colour):
        cls.denominations.append((value, colour))
        return cls

    @classmethod
    def largest(cls):
        return max(v for v, _ in cls.denominations)

    def make_change(self, amount):
        chips = []
        for value, colour in sorted(type(self).denominations, reverse=True):
            while amount >= value:
                chips.append(colour)
                amount -= value
        return chips


class BlackjackChips(ChipSet):
    pass


class RouletteChips(ChipSet):
    pass


def setup_tables():
    BlackjackChips.register(5, "red").register(25, "green").register(100, "black")
    RouletteChips.register(1, "white").register(2, "yellow")


def main():
    setup_tables()
    roulette = RouletteChips()
    print("roulette largest chip:", RouletteChips.largest())
    change = roulette.make_change(27)
    print("change for 27 at roulette:", change)
    if RouletteChips.largest() != 2:
        print("roulette table handing out blackjack chips")
        print("BUG SHOWN")


if __name__ == "__main__":
    main()
