"""Seasonal feeding plans for a zoo.

Keepers work from a plan per season.  Each plan class is built on demand
from the base rations, scaled by a seasonal factor, and split into morning
and afternoon rounds so the commissary knows how much to thaw.
"""
from collections import OrderedDict

BASE_RATIONS_KG = {
    "lion": 7.5,
    "penguin": 1.1,
    "otter": 1.4,
    "meerkat": 0.25,
    "giraffe": 34.0,
    "red panda": 1.8,
}

SEASON_FACTORS = {"spring": 1.0, "summer": 0.9, "autumn": 1.05, "winter": 1.2}


class FeedingPlanBase:
    SEASON = None
    RATIONS = {}
    MORNING = ()

    @classmethod
    def afternoon(cls):
        return tuple(a for a in cls.RATIONS if a not in cls.MORNING)

    @classmethod
    def thaw_list(cls):
        carnivores = ("lion", "penguin", "otter", "meerkat")
        return OrderedDict(
            (a, round(kg, 2)) for a, kg in cls.morning_kg.items() if a in carnivores
        )

    @classmethod
    def describe(cls):
        lines = [f"{cls.SEASON} plan"]
        for animal, kg in cls.morning_kg.items():
            lines.append(f"  AM {animal:<10} {kg:6.2f} kg")
        for animal in cls.afternoon():
            lines.append(f"  PM {animal:<10} {cls.RATIONS[animal]:6.2f} kg")
        return "\n".join(lines)


def build_plan(season):
    factor = SEASON_FACTORS[season]

    class Plan(FeedingPlanBase):
        SEASON = season
        RATIONS = {a: kg * factor for a, kg in BASE_RATIONS_KG.items()}
        MORNING = ("penguin", "otter", "meerkat", "lion")
        morning_kg = {a: RATIONS[a] for a in MORNING}

    Plan.__name__ = f"{season.title()}Plan"
    return Plan


def main():
    plans = {}
    for season in ("spring", "winter"):
        try:
            plans[season] = build_plan(season)
        except NameError as exc:
            print(f"could not build {season} plan: {type(exc).__name__}: {exc}")
            print("BUG SHOWN")
            return
    for plan in plans.values():
        print(plan.describe())
        print("thaw:", dict(plan.thaw_list()))


if __name__ == "__main__":
    main()
