"""Travel agency quote engine: one pricing function per destination."""

BASE_FARES = {"Lisbon": 180, "Reykjavik": 320, "Kyoto": 910}
SEASON = {"Lisbon": 1.2, "Reykjavik": 0.9, "Kyoto": 1.0}


def seasonal(fare, destination):
    return round(fare * SEASON[destination], 2)


class QuoteEngine:
    def __init__(self, fares):
        self.fares = dict(fares)
        self.pricers = {}

    def build(self):
        for destination, fare in self.fares.items():
            self.pricers[destination] = lambda travellers: (
                seasonal(fare, destination) * travellers
            )
        return self

    def quote(self, destination, travellers):
        return self.pricers[destination](travellers)


def expected(destination, travellers):
    return seasonal(BASE_FARES[destination], destination) * travellers


def main():
    engine = QuoteEngine(BASE_FARES).build()
    wrong = []
    for dest in BASE_FARES:
        got = engine.quote(dest, 2)
        print(f"{dest}: {got}")
        if got != expected(dest, 2):
            wrong.append(dest)
    if wrong:
        print("mispriced destinations:", wrong)
        print("BUG SHOWN")
    else:
        print("OK")


if __name__ == "__main__":
    main()
