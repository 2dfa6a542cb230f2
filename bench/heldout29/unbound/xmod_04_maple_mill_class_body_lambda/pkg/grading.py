"""Grade tables for hardwood logs at the maple mill."""
from dataclasses import dataclass


@dataclass(frozen=True)
class Log:
    tag: str
    species: str
    grade: str
    length_ft: float


class GradeRules:
    """Sorting rules for the yard; higher rank is sawn first."""

    RANK = {"F1": 3, "F2": 2, "F3": 1}
    SPECIES_BONUS = {"hard maple": 0.5, "soft maple": 0.2}

    sort_key = staticmethod(
        lambda log: RANK.get(log.grade, 0) + SPECIES_BONUS.get(log.species, 0.0)
    )

    @classmethod
    def is_sawable(cls, log):
        return log.grade in cls.RANK and log.length_ft >= 8
