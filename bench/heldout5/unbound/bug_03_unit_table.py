class Quantity:
    def __init__(self, value, unit, table):
        self.value = value
        self.unit = unit
        self.table = table

    def to(self, unit):
        base = self.value * self.table.FACTORS[self.unit]
        return Quantity(base / self.table.FACTORS[unit], unit, self.table)

    def __repr__(self):
        return f"{self.value:g} {self.unit}"


def define_dimension(dimension, base, factors):

    class UnitTable:
        DIMENSION = dimension
        BASE = base
        FACTORS = dict(factors)
        ALIASES = {unit.lower(): unit for unit in FACTORS}
        RELATIVE = {unit: FACTORS[unit] / FACTORS[BASE] for unit in FACTORS}

        @classmethod
        def quantity(cls, value, unit):
            return Quantity(value, cls.ALIASES[unit.lower()], cls)

    return UnitTable


if __name__ == "__main__":
    try:
        Length = define_dimension("length", "m", {"m": 1.0, "km": 1000.0, "cm": 0.01})
        Length.quantity(3, "KM").to("m")
    except NameError as exc:
        assert "FACTORS" in str(exc) or "BASE" in str(exc)
        print("BUG SHOWN")
    else:
        raise SystemExit("table defined without error")
