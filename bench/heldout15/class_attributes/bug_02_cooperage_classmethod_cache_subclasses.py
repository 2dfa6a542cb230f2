"""Stave and hoop specifications for a cooperage's barrel range."""

import math


class Barrel:
    """Base barrel type. Subclasses set the wood, litres and charring."""

    wood = "oak"
    litres = 225
    char_level = 0
    _spec_cache = {}

    @classmethod
    def spec(cls, stave_width_cm=9.0):
        key = stave_width_cm
        if key not in cls._spec_cache:
            cls._spec_cache[key] = cls._compute_spec(stave_width_cm)
        return cls._spec_cache[key]

    @classmethod
    def _compute_spec(cls, stave_width_cm):
        bilge_circ_cm = 2 * math.pi * (cls.litres * 1000 / (math.pi * 95)) ** 0.5
        staves = math.ceil(bilge_circ_cm / stave_width_cm)
        hoops = 6 if cls.litres >= 200 else 4
        return {
            "type": cls.__name__,
            "wood": cls.wood,
            "staves": staves,
            "hoops": hoops,
            "char": cls.char_level,
        }

    def __init__(self, serial):
        self.serial = serial

    def work_order(self):
        s = self.spec()
        return f"{self.serial}: {s['staves']} {s['wood']} staves, {s['hoops']} hoops, char {s['char']}"


class Hogshead(Barrel):
    litres = 250
    char_level = 2


class Firkin(Barrel):
    litres = 41
    wood = "chestnut"


class Butt(Barrel):
    litres = 500
    char_level = 1


def main():
    orders = [Hogshead("H-001"), Firkin("F-017"), Butt("B-003")]
    for barrel in orders:
        print(barrel.work_order())
    firkin = Firkin.spec()
    print("firkin spec:", firkin)
    if firkin["type"] != "Firkin" or firkin["wood"] != "chestnut":
        print("BUG SHOWN")
        return
    print("OK")


if __name__ == "__main__":
    main()
