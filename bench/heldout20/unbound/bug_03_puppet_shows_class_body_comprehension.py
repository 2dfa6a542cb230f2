"""Scheduling puppet shows across a season."""


def build_show_classes():
    class Show:
        BASE_FEE = 40
        PUPPETEERS = ["Marta", "Olu", "Finn"]

        def __init__(self, title, length):
            self.title = title
            self.length = length

        def fee(self):
            return self.BASE_FEE + 5 * self.length

    class MatineeShow(Show):
        DISCOUNT = 0.8
        # price bands for 1..3 child tickets
        BANDS = [round(n * 6 * DISCOUNT, 2) for n in range(1, 4)]

        def fee(self):
            return super().fee() * self.DISCOUNT

    return Show, MatineeShow


class Season:
    def __init__(self):
        self.shows = []

    def add(self, show):
        self.shows.append(show)

    def revenue(self):
        return sum(s.fee() for s in self.shows)


def main():
    try:
        Show, MatineeShow = build_show_classes()
    except NameError as exc:
        print("class definition failed:", exc)
        print("BUG SHOWN")
        return
    season = Season()
    season.add(Show("Punch", 3))
    season.add(MatineeShow("Gretel", 2))
    print(season.revenue())


if __name__ == "__main__":
    main()
