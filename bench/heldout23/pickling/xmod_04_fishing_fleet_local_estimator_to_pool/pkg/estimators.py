"""Landed-weight estimators per species, with conversion factors."""
from typing import Callable, Dict

from .logbook import Haul

GUTTED_TO_LIVE = {"cod": 1.17, "haddock": 1.17, "monkfish": 3.0}


def make_estimator(species: str, include_discards: bool) -> Callable[[Haul], float]:
    factor = GUTTED_TO_LIVE[species]

    def estimate(haul: Haul) -> float:
        live = haul.boxes * haul.box_kg * factor
        if include_discards:
            live += haul.discarded_kg
        return round(live, 1)

    estimate.__doc__ = f"live-weight estimate for {species}"
    return estimate


def estimator_table(include_discards: bool = True) -> Dict[str, Callable[[Haul], float]]:
    return {species: make_estimator(species, include_discards) for species in GUTTED_TO_LIVE}
