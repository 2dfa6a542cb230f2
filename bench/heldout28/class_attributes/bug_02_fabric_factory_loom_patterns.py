"""Fabric factory: weaving-pattern plugins for different loom types.

Pattern functions register themselves on the loom class that can weave
them; the production planner asks each loom which patterns it supports
before routing an order to it.
"""


class UnsupportedPattern(Exception):
    pass


class Loom:
    patterns = {}
    max_width_cm = 150

    def __init__(self, machine_id):
        self.machine_id = machine_id

    @classmethod
    def pattern(cls, name):
        def register(fn):
            cls.patterns[name] = fn
            return fn

        return register

    @classmethod
    def supports(cls, name):
        return name in cls.patterns

    def weave(self, name, width_cm, metres):
        if not self.supports(name):
            raise UnsupportedPattern(f"{self.machine_id} cannot weave {name}")
        if width_cm > self.max_width_cm:
            raise UnsupportedPattern(f"{self.machine_id} is only {self.max_width_cm} cm wide")
        return self.patterns[name](width_cm, metres)


class JacquardLoom(Loom):
    max_width_cm = 180


class DobbyLoom(Loom):
    max_width_cm = 140


@JacquardLoom.pattern("damask")
def damask(width_cm, metres):
    return {"pattern": "damask", "picks": int(metres * 4200), "hooks": width_cm * 12}


@DobbyLoom.pattern("birdseye")
def birdseye(width_cm, metres):
    return {"pattern": "birdseye", "picks": int(metres * 2600), "shafts": 8}


@DobbyLoom.pattern("huckaback")
def huckaback(width_cm, metres):
    return {"pattern": "huckaback", "picks": int(metres * 2400), "shafts": 10}


def route_order(looms, pattern, width_cm):
    return [loom.machine_id for loom in looms
            if loom.supports(pattern) and width_cm <= loom.max_width_cm]


def main():
    looms = [JacquardLoom("JQ-1"), DobbyLoom("DB-1"), DobbyLoom("DB-2")]
    candidates = route_order(looms, "damask", width_cm=120)
    print("damask can run on:", candidates)
    print("DB-1 patterns:", sorted(DobbyLoom.patterns))

    if any(machine.startswith("DB") for machine in candidates):
        print("a dobby loom was offered a jacquard-only pattern")
        print("BUG SHOWN")
    else:
        print("no failure")


if __name__ == "__main__":
    main()
