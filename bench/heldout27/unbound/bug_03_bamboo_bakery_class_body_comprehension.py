"""Bamboo bakery: oven programs for steamed buns and bamboo-basket breads.

Every product line gets its own ``OvenProgram`` subclass, generated from a
recipe card, so that the line controller can look up stage timings and the
humidity to hold in each stage.
"""
from types import MappingProxyType


class OvenProgram:
    """Base class; subclasses provide STAGES and TIMINGS."""

    PRODUCT = "generic"
    STAGES = ()
    TIMINGS = MappingProxyType({})

    def total_minutes(self):
        return sum(self.TIMINGS.values())

    def schedule(self, start_minute=0):
        plan = []
        clock = start_minute
        for stage in self.STAGES:
            plan.append((clock, stage))
            clock += self.TIMINGS[stage]
        return plan

    def __repr__(self):
        return f"<{type(self).__name__} {self.PRODUCT} {self.total_minutes()} min>"


RECIPE_CARDS = {
    "char siu bao": {"base": 10, "stages": {"proof": 3.0, "steam": 1.2, "rest": 0.4}},
    "lotus roll": {"base": 8, "stages": {"proof": 2.5, "steam": 1.5, "glaze": 0.5}},
}


def make_program(product, card):
    """Build an OvenProgram subclass from a recipe card."""

    class Program(OvenProgram):
        PRODUCT = product
        BASE_MINUTES = card["base"]
        FACTORS = dict(card["stages"])
        STAGES = tuple(FACTORS)
        TIMINGS = MappingProxyType(
            {stage: round(BASE_MINUTES * factor) for stage, factor in FACTORS.items()}
        )

    Program.__name__ = Program.__qualname__ = (
        "".join(part.title() for part in product.split()) + "Program"
    )
    return Program


class LineController:
    def __init__(self):
        self.programs = {}

    def load(self, cards):
        for product, card in cards.items():
            self.programs[product] = make_program(product, card)()

    def morning_plan(self):
        start = 0
        lines = []
        for product, program in self.programs.items():
            for minute, stage in program.schedule(start):
                lines.append(f"{minute:4d} {product}: {stage}")
            start += program.total_minutes()
        return lines


def main():
    controller = LineController()
    try:
        controller.load(RECIPE_CARDS)
    except NameError as exc:
        print(f"could not build oven programs: {type(exc).__name__}: {exc}")
        print(f"programs loaded: {len(controller.programs)}")
        print("BUG SHOWN")
        return
    for line in controller.morning_plan():
        print(line)
    print("no failure")


if __name__ == "__main__":
    main()
