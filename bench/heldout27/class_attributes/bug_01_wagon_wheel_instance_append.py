"""Wagon wheel: a wheelwright's job tracker.

Each wheel on the bench records the spokes fitted to it and the rim it gets.
Wheels are checked before they leave the shop: a wheel needs exactly as many
spokes as its hub has mortises.
"""
import itertools


class Spoke:
    _serials = itertools.count(100)

    def __init__(self, wood, length_cm):
        self.serial = next(self._serials)
        self.wood = wood
        self.length_cm = length_cm

    def __repr__(self):
        return f"Spoke#{self.serial}({self.wood})"


class Wheel:
    rim = "ash felloes"
    tyre = None
    spokes = []

    def __init__(self, order, diameter_cm, mortises):
        self.order = order
        self.diameter_cm = diameter_cm
        self.mortises = mortises

    def fit_spoke(self, spoke):
        if len(self.spokes) >= self.mortises:
            raise ValueError(f"{self.order}: hub is full")
        self.spokes.append(spoke)

    def shrink_tyre(self, metal):
        self.tyre = metal

    def ready(self):
        return self.tyre is not None and len(self.spokes) == self.mortises


class Bench:
    def __init__(self):
        self.wheels = []

    def build(self, order, diameter_cm, mortises, wood="oak", rim=None):
        wheel = Wheel(order, diameter_cm, mortises)
        if rim:
            wheel.rim = rim
        self.wheels.append(wheel)
        length = diameter_cm / 2 - 12
        for _ in range(mortises):
            wheel.fit_spoke(Spoke(wood, length))
        wheel.shrink_tyre("wrought iron")
        return wheel


def main():
    bench = Bench()
    try:
        bench.build("farm cart, near side", 120, 12)
        bench.build("farm cart, off side", 120, 12, rim="elm felloes")
    except ValueError as exc:
        print(f"bench stopped: {exc}")
        for wheel in bench.wheels:
            print(f"{wheel.order}: {len(wheel.spokes)} spokes, rim {wheel.rim}")
        print("BUG SHOWN")
        return
    for wheel in bench.wheels:
        print(f"{wheel.order}: ready={wheel.ready()}")
    print("no failure")


if __name__ == "__main__":
    main()
