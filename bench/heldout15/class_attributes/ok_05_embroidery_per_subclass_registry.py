"""Stitch pattern library for an embroidery studio."""


class StitchFamily:
    """Each subclass gets its own pattern registry; each hoop its own log."""

    threads = ("cotton", "silk", "wool")
    density = 1.0

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.patterns = {}

    @classmethod
    def register(cls, name, stitches_per_cm):
        cls.patterns[name] = stitches_per_cm
        return name

    def __init__(self, hoop_id):
        self.hoop_id = hoop_id
        self.worked = []

    def work(self, pattern, length_cm, thread="cotton"):
        if thread not in self.threads:
            raise ValueError(thread)
        per_cm = type(self).patterns[pattern]
        count = round(per_cm * length_cm * self.density)
        self.worked.append((pattern, count, thread))
        return count


class Crewel(StitchFamily):
    threads = StitchFamily.threads + ("crewel wool",)
    density = 0.8


class Goldwork(StitchFamily):
    threads = ("japan gold", "purl")
    density = 1.4


def main():
    Crewel.register("stem", 6)
    Crewel.register("satin", 12)
    Goldwork.register("couching", 8)

    hoop_a = Crewel("A")
    hoop_b = Crewel("B")
    hoop_c = Goldwork("C")
    hoop_a.work("stem", 10, "crewel wool")
    hoop_b.work("satin", 4)
    hoop_c.work("couching", 5, "japan gold")

    print("crewel patterns:", Crewel.patterns)
    print("goldwork patterns:", Goldwork.patterns)
    assert "couching" not in Crewel.patterns
    assert "stem" not in Goldwork.patterns
    assert hoop_a.worked == [("stem", 48, "crewel wool")]
    assert hoop_b.worked == [("satin", 38, "cotton")]
    assert StitchFamily.threads == ("cotton", "silk", "wool")
    print("OK")


if __name__ == "__main__":
    main()
