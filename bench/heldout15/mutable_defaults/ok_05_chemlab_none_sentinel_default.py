"""Reagent inventory for a teaching chemistry lab."""

from dataclasses import dataclass, field


@dataclass
class Reagent:
    name: str
    cas: str
    grams: float
    hazards: list = field(default_factory=list)

    def flag(self, hazard):
        if hazard not in self.hazards:
            self.hazards.append(hazard)
        return self


class Cabinet:
    def __init__(self, label, reagents=None, notes=()):
        self.label = label
        self.reagents = list(reagents) if reagents is not None else []
        self.notes = list(notes)

    def store(self, reagent):
        self.reagents.append(reagent)
        return self

    def total_grams(self):
        return sum(r.grams for r in self.reagents)


def withdraw(cabinet, name, grams, audit=None):
    """Remove grams of a reagent, returning the audit trail used."""
    if audit is None:
        audit = []
    for reagent in cabinet.reagents:
        if reagent.name == name:
            taken = min(grams, reagent.grams)
            reagent.grams -= taken
            audit.append((cabinet.label, name, taken))
            break
    return audit


def main():
    acids = Cabinet("acids")
    acids.store(Reagent("sulfuric acid", "7664-93-9", 500.0).flag("corrosive"))
    solvents = Cabinet("solvents")
    solvents.store(Reagent("acetone", "67-64-1", 1000.0).flag("flammable"))

    first = withdraw(acids, "sulfuric acid", 25.0)
    second = withdraw(solvents, "acetone", 100.0)
    print(first, second)
    assert first == [("acids", "sulfuric acid", 25.0)]
    assert second == [("solvents", "acetone", 100.0)]
    assert solvents.reagents[0].hazards == ["flammable"]
    assert Cabinet("empty").reagents == []
    print("acids left:", acids.total_grams(), "solvents left:", solvents.total_grams())
    print("OK")


if __name__ == "__main__":
    main()
