"""Rail freight yard: building a train and weighing each wagon's cargo.

Each wagon carries a manifest object that the loading crew appends to; the
yard office checks axle loads before the train is released.
"""
from dataclasses import dataclass


class Manifest:
    def __init__(self):
        self.lines = []

    def add(self, commodity, tonnes):
        self.lines.append((commodity, tonnes))

    @property
    def tonnes(self):
        return sum(t for _, t in self.lines)

    def __repr__(self):
        return f"Manifest({self.lines})"


@dataclass
class Wagon:
    number: str
    kind: str = "flat"
    max_tonnes: int = 60
    manifest: Manifest = Manifest()

    def load(self, commodity, tonnes):
        self.manifest.add(commodity, tonnes)

    @property
    def overloaded(self):
        return self.manifest.tonnes > self.max_tonnes


class Train:
    def __init__(self, headcode):
        self.headcode = headcode
        self.wagons = []

    def couple(self, wagon):
        self.wagons.append(wagon)
        return wagon

    def inspection(self):
        return [w.number for w in self.wagons if w.overloaded]


def build_train():
    train = Train("6R42")
    orders = [
        ("RF-1001", "steel coil", 40),
        ("RF-1002", "timber", 25),
        ("RF-1003", "cement", 45),
    ]
    for number, commodity, tonnes in orders:
        wagon = train.couple(Wagon(number))
        wagon.load(commodity, tonnes)
    return train


def main():
    train = build_train()
    for wagon in train.wagons:
        print(wagon.number, wagon.manifest.tonnes, "t")
    flagged = train.inspection()
    print("overloaded:", flagged)
    if flagged:
        print("BUG SHOWN")
    else:
        print("OK")


if __name__ == "__main__":
    main()
