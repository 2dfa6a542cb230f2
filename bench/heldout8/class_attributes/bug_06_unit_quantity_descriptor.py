class UnitField:
    FACTORS = {"m": 1.0, "cm": 0.01, "mm": 0.001, "km": 1000.0, "in": 0.0254, "ft": 0.3048}

    def __set_name__(self, owner, name):
        self.name = name

    def __init__(self, unit):
        self.unit = unit
        self.value = None

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return self.value

    def __set__(self, obj, raw):
        if isinstance(raw, str):
            number, unit = raw.split()
            raw = float(number) * self.FACTORS[unit] / self.FACTORS[self.unit]
        self.value = float(raw)


class Box:
    width = UnitField("m")
    height = UnitField("m")
    depth = UnitField("m")

    def __init__(self, width, height, depth):
        self.width = width
        self.height = height
        self.depth = depth

    def volume(self):
        return self.width * self.height * self.depth


def main():
    crate = Box("120 cm", "80 cm", "1 m")
    envelope = Box("30 cm", "1 mm", "20 cm")

    assert round(envelope.volume(), 6) == 0.00006
    assert round(crate.volume(), 6) == 0.00006, crate.volume()
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
