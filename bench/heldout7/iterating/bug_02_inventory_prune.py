from dataclasses import dataclass


@dataclass
class Line:
    sku: str
    qty: int
    location: str


class Bin:
    def __init__(self, code, lines):
        self.code = code
        self.lines = list(lines)

    def remove(self, line):
        self.lines.remove(line)

    def empty_lines(self):
        return (line for line in self.lines if line.qty <= 0)


class StockTake:
    def __init__(self, bins):
        self.bins = bins
        self.removed = []

    def prune(self):
        for b in self.bins:
            for line in b.empty_lines():
                b.remove(line)
                self.removed.append(line.sku)


def main():
    shelf = Bin("A-01", [
        Line("bolt-m4", 120, "A-01"),
        Line("nut-m4", 0, "A-01"),
        Line("washer-m4", 0, "A-01"),
        Line("bolt-m5", 40, "A-01"),
    ])
    take = StockTake([shelf])
    take.prune()
    assert take.removed == ["nut-m4"], take.removed
    assert [l.sku for l in shelf.lines] == ["bolt-m4", "washer-m4", "bolt-m5"]
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
