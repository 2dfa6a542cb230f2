"""Multi-season crop-rotation planner for an arable farm.

The planner assigns crops to fields season by season, scoring candidates
on soil nitrogen and rotation rules.  Long planning runs are checkpointed
to disk after each season so the agronomist can resume them later.
"""
import io
import pickle
from dataclasses import dataclass, field
from typing import Callable, Dict, List

FAMILIES = {
    "winter wheat": "cereal",
    "spring barley": "cereal",
    "field beans": "legume",
    "oilseed rape": "brassica",
    "potatoes": "solanaceae",
}
NITROGEN_DELTA = {"cereal": -40, "legume": +60, "brassica": -30, "solanaceae": -25}


@dataclass
class Field:
    name: str
    hectares: float
    nitrogen: int
    history: List[str] = field(default_factory=list)


class RotationPlanner:
    def __init__(self, fields: List[Field], min_gap: Dict[str, int]):
        self.fields = fields
        self.min_gap = min_gap
        self.season = 0
        self.plan: Dict[int, Dict[str, str]] = {}
        self.score: Callable[[Field, str], float] = self._make_scorer()

    def _make_scorer(self) -> Callable[[Field, str], float]:
        gap = self.min_gap
        return lambda fld, crop: (
            -1000.0 if FAMILIES[crop] in [FAMILIES[c] for c in fld.history[-gap[FAMILIES[crop]]:]]
            else fld.nitrogen * (0.5 if FAMILIES[crop] == "legume" else 1.0)
        )

    def plan_season(self) -> Dict[str, str]:
        choice = {}
        for fld in self.fields:
            crop = max(FAMILIES, key=lambda c: (self.score(fld, c), c))
            fld.history.append(crop)
            fld.nitrogen += NITROGEN_DELTA[FAMILIES[crop]]
            choice[fld.name] = crop
        self.season += 1
        self.plan[self.season] = choice
        return choice


def checkpoint(planner: RotationPlanner, sink: io.BytesIO) -> int:
    payload = pickle.dumps(planner, protocol=pickle.HIGHEST_PROTOCOL)
    sink.write(payload)
    return len(payload)


def main() -> None:
    fields = [
        Field("Long Acre", 12.5, 140),
        Field("Mill Piece", 8.0, 90),
        Field("Top Ground", 15.2, 60),
    ]
    planner = RotationPlanner(fields, {"cereal": 1, "legume": 3, "brassica": 4, "solanaceae": 4})
    sink = io.BytesIO()
    for _ in range(2):
        print(f"season {planner.season + 1}: {planner.plan_season()}")
        try:
            size = checkpoint(planner, sink)
        except (pickle.PicklingError, AttributeError, TypeError) as exc:
            print(f"checkpoint failed: {type(exc).__name__}: {exc}")
            print("BUG SHOWN")
            return
        print(f"checkpoint written ({size} bytes)")
    print("planning run complete")


if __name__ == "__main__":
    main()
