"""Per-spot forecast lookups for a kite surfing school's booking desk."""


WIND = {"Beach North": 22, "Lagoon": 9, "Point Break": 31}


class ForecastService:
    def __init__(self, readings):
        self.readings = readings

    def knots(self, spot):
        return self.readings[spot]

    def verdict(self, spot):
        k = self.knots(spot)
        if k < 12:
            return f"{spot}: too light ({k} kn)"
        if k > 28:
            return f"{spot}: experts only ({k} kn)"
        return f"{spot}: good for lessons ({k} kn)"


class BookingDesk:
    def __init__(self, service):
        self.service = service
        self.lookups = {}
        self._build_lookups()

    def _build_lookups(self):
        for spot in self.service.readings:
            self.lookups[spot] = lambda: self.service.verdict(spot)

    def check(self, spot):
        return self.lookups[spot]()


def main():
    desk = BookingDesk(ForecastService(WIND))
    answer = desk.check("Lagoon")
    print("asked for Lagoon, got:", answer)
    if not answer.startswith("Lagoon"):
        print("BUG SHOWN")
    else:
        print("lookups correct")


if __name__ == "__main__":
    main()
