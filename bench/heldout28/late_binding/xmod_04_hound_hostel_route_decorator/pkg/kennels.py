"""Kennel data: capacity and current guests."""
from dataclasses import dataclass, field


@dataclass
class Kennel:
    code: str
    size: str
    guests: list = field(default_factory=list)


KENNELS = [
    Kennel("A1", "small", ["Biscuit"]),
    Kennel("B2", "medium", ["Hugo", "Pepper"]),
    Kennel("C3", "large", []),
]


def describe(kennel):
    occupants = ", ".join(kennel.guests) or "vacant"
    return {"kennel": kennel.code, "size": kennel.size, "occupants": occupants}
