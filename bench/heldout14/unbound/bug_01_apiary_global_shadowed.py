"""Apiary inspection report: weighs hives and flags the ones that need feeding."""

from dataclasses import dataclass, field

FEEDING_THRESHOLD_KG = 18.0
SEASON_ADJUSTMENT = {"spring": 0.9, "summer": 1.0, "autumn": 1.2}


@dataclass
class Hive:
    name: str
    weight_kg: float
    frames_of_brood: int
    notes: list = field(default_factory=list)


class InspectionLog:
    def __init__(self):
        self.entries = []

    def record(self, hive, message):
        self.entries.append(f"{hive.name}: {message}")


def needs_feeding(hive, season, log):
    """Decide whether a hive should get syrup this week."""
    adjusted = FEEDING_THRESHOLD_KG * SEASON_ADJUSTMENT.get(season, 1.0)
    if hive.weight_kg < adjusted:
        log.record(hive, f"light ({hive.weight_kg} kg < {adjusted:.1f} kg)")
        return True
    if hive.frames_of_brood > 6 and season == "autumn":
        # A strong autumn colony eats more; raise the bar for the rest of the run.
        FEEDING_THRESHOLD_KG = adjusted + 2.0
        log.record(hive, "strong colony, threshold raised")
        return hive.weight_kg < FEEDING_THRESHOLD_KG
    return False


class Apiary:
    def __init__(self, hives):
        self.hives = hives
        self.log = InspectionLog()

    def feeding_list(self, season):
        return [h.name for h in self.hives if needs_feeding(h, season, self.log)]


def main():
    apiary = Apiary([
        Hive("north-1", 21.5, 7),
        Hive("north-2", 16.0, 4),
        Hive("meadow-3", 25.0, 8),
    ])
    try:
        names = apiary.feeding_list("autumn")
    except UnboundLocalError as exc:
        print(f"inspection aborted: {exc}")
        print("BUG SHOWN")
        return
    print("to feed:", names)
    print("OK")


if __name__ == "__main__":
    main()
