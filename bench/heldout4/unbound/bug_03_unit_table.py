def build_dimension(name, base, factors):
    class Dimension:
        BASE = base
        FACTORS = dict(factors)
        LABELS = {unit: f"{unit} -> {BASE}" for unit in FACTORS}

        def convert(self, value, unit):
            return value * self.FACTORS[unit]

    Dimension.__name__ = name
    return Dimension


class UnitRegistry:
    def __init__(self):
        self.dimensions = {}

    def register(self, name, base, factors):
        self.dimensions[name] = build_dimension(name, base, factors)()
        return self.dimensions[name]


def main():
    registry = UnitRegistry()
    try:
        registry.register("Length", "m", {"km": 1000.0, "cm": 0.01})
    except NameError as exc:
        assert "BASE" in str(exc)
        assert registry.dimensions == {}
        print("BUG SHOWN")
        return
    raise AssertionError("dimension registered")


if __name__ == "__main__":
    main()
