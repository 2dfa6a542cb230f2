from fractions import Fraction


class UnitSystem:
    systems = {}
    BASE = None
    FACTORS = {}

    def __init_subclass__(cls, name, **kwargs):
        super().__init_subclass__(**kwargs)
        UnitSystem.systems[name] = cls

    @classmethod
    def to_base(cls, value, unit):
        return Fraction(value) * cls.FACTORS[unit]

    @classmethod
    def convert(cls, value, src, dst):
        return cls.to_base(value, src) / cls.FACTORS[dst]


class Metric(UnitSystem, name="metric"):
    BASE = "m"
    FACTORS = {"mm": Fraction(1, 1000), "cm": Fraction(1, 100), "m": 1, "km": 1000}


def _load_imperial():
    class Imperial(UnitSystem, name="imperial"):
        BASE = "in"
        FACTORS = {"in": 1, "ft": 12, "yd": 36, "mi": 63360}
        ALIASES = {"inch": "in", "foot": "ft", "feet": "ft", "yard": "yd", "mile": "mi"}
        LONG_FACTORS = {alias: FACTORS[unit] for alias, unit in ALIASES.items()}

    return Imperial


class Converter:
    _lazy = {"imperial": _load_imperial}

    def system(self, name):
        if name not in UnitSystem.systems:
            self._lazy[name]()
        return UnitSystem.systems[name]

    def convert(self, system, value, src, dst):
        return self.system(system).convert(value, src, dst)


def main():
    conv = Converter()
    assert conv.convert("metric", 3, "km", "m") == 3000
    try:
        conv.convert("imperial", 1, "mi", "ft")
    except NameError as exc:
        assert "FACTORS" in str(exc)
        assert "imperial" not in UnitSystem.systems
        print("BUG SHOWN")
    else:
        raise AssertionError("imperial system loaded")


if __name__ == "__main__":
    main()
