"""Telescope hire catalogue with per-class pricing tables."""


class HireItem:
    DAY_RATE = 0.0

    def __init__(self, serial):
        self.serial = serial

    def quote(self, days):
        return round(self.DAY_RATE * days, 2)


def build_catalogue():
    class Refractor(HireItem):
        DAY_RATE = 15.0

    class Dobsonian(HireItem):
        DAY_RATE = 22.5
        DISCOUNTS = {3: 0.9, 7: 0.8, 14: 0.7}
        # pre-computed weekly quotes for the price board
        BOARD = {days: DAY_RATE * days * DISCOUNTS[days] for days in DISCOUNTS}

    return {"refractor": Refractor, "dobsonian": Dobsonian}


class HireDesk:
    def __init__(self):
        self.catalogue = {}

    def open(self):
        self.catalogue = build_catalogue()
        return self

    def board(self, kind):
        return getattr(self.catalogue[kind], "BOARD", {})


def main():
    desk = HireDesk()
    try:
        desk.open()
    except NameError as exc:
        print("catalogue failed to load:", exc)
        print("BUG SHOWN")
        return
    print(desk.board("dobsonian"))


if __name__ == "__main__":
    main()
