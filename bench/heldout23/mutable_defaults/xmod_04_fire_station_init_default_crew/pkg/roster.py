"""Assigns on-shift firefighters to apparatus seats at shift change."""
from typing import Dict, List

from .apparatus import Apparatus


def assign_shift(fleet: List[Apparatus], plan: Dict[str, List[str]]) -> None:
    by_sign = {unit.call_sign: unit for unit in fleet}
    for call_sign, members in plan.items():
        unit = by_sign[call_sign]
        for member in members:
            if member not in unit.crew:
                unit.crew.append(member)


def headcount(fleet: List[Apparatus]) -> int:
    return sum(len(unit.crew) for unit in fleet)
