"""Wine cellar inventory: racks of bottles with tasting notes."""

from dataclasses import dataclass, field
from typing import NamedTuple, Optional


class Bottle(NamedTuple):
    label: str
    vintage: int
    tags: tuple = ()


@dataclass
class Rack:
    name: str
    capacity: int
    bottles: list = field(default_factory=list)
    notes: dict = field(default_factory=dict)

    def store(self, bottle):
        if len(self.bottles) >= self.capacity:
            raise ValueError(f"rack {self.name} full")
        self.bottles.append(bottle)


def _note(journal, label, text):
    journal.setdefault(label, []).append(text)
    return journal


def taste(rack, label, text, journal: Optional[dict] = None):
    """Add a tasting note; returns the journal used for this tasting."""
    if journal is None:
        journal = {}
    _note(journal, label, text)
    _note(rack.notes, label, text)
    return journal


class Cellar:
    def __init__(self, racks=None, aliases=()):
        self.racks = {} if racks is None else dict(racks)
        self.aliases = tuple(aliases)

    def add_rack(self, name, capacity):
        self.racks[name] = Rack(name, capacity)
        return self.racks[name]


def main():
    cellar = Cellar()
    red = cellar.add_rack("red", 4)
    white = cellar.add_rack("white", 4)
    red.store(Bottle("Rioja Reserva", 2015))
    white.store(Bottle("Chablis", 2020, ("mineral",)))
    first = taste(red, "Rioja Reserva", "leather, cherry")
    second = taste(white, "Chablis", "flint, lemon")
    other = Cellar()
    assert first == {"Rioja Reserva": ["leather, cherry"]}, first
    assert second == {"Chablis": ["flint, lemon"]}, second
    assert [b.label for b in white.bottles] == ["Chablis"]
    assert red.notes and "Chablis" not in red.notes
    assert other.racks == {}
    print("racks:", {n: len(r.bottles) for n, r in cellar.racks.items()})
    print("OK")


if __name__ == "__main__":
    main()
