"""Brewery batch sheet loader: parses gravity readings and computes ABV."""


class BatchFormatError(ValueError):
    pass


class Reading:
    def __init__(self, day, gravity):
        self.day = day
        self.gravity = gravity


def parse_reading(line):
    day_text, _, gravity_text = line.partition(":")
    if not gravity_text.strip():
        raise BatchFormatError(f"no gravity in {line!r}")
    return Reading(int(day_text), float(gravity_text))


class BatchSheet:
    def __init__(self, beer, lines):
        self.beer = beer
        self.lines = lines
        self.warnings = []

    def readings(self):
        out = []
        for line in self.lines:
            try:
                out.append(parse_reading(line))
            except BatchFormatError as exc:
                self.warnings.append(str(exc))
        return out

    def abv(self):
        readings = self.readings()
        try:
            original = readings[0].gravity
            final = readings[-1].gravity
        except IndexError:
            self.warnings.append(f"{self.beer}: empty sheet")
        return round((original - final) * 131.25, 2)


class Brewhouse:
    def __init__(self):
        self.sheets = {}

    def load(self, beer, lines):
        self.sheets[beer] = BatchSheet(beer, lines)

    def report(self):
        return {beer: sheet.abv() for beer, sheet in self.sheets.items()}


def main():
    house = Brewhouse()
    house.load("pale ale", ["1: 1.052", "5: 1.020", "9: 1.011"])
    house.load("stout", ["1:", "3:  "])
    try:
        report = house.report()
    except UnboundLocalError as exc:
        print(f"report failed: {exc}")
        print("BUG SHOWN")
        return
    print(report)
    print("OK")


if __name__ == "__main__":
    main()
