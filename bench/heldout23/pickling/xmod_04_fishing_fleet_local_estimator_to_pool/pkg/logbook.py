"""Electronic logbook records uploaded by each vessel."""
from dataclasses import dataclass
from typing import List


@dataclass(frozen=True)
class Haul:
    vessel: str
    species: str
    boxes: int
    box_kg: float
    discarded_kg: float = 0.0


def load_trip_hauls() -> List[Haul]:
    return [
        Haul("FR-219 Morning Star", "cod", 42, 38.0, 15.0),
        Haul("FR-219 Morning Star", "haddock", 60, 35.5),
        Haul("PD-88 Girl Aileen", "cod", 18, 38.0, 40.0),
        Haul("PD-88 Girl Aileen", "monkfish", 11, 30.0),
        Haul("BF-402 Harvest Hope", "haddock", 75, 35.5, 22.0),
    ]
