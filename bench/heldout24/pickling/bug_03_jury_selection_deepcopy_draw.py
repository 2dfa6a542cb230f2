"""Jury selection for a crown court.

A panel is drawn from the summoned pool in a random but reproducible order
(seeded per trial so the draw can be audited).  Counsel may challenge
jurors; the clerk likes to run "what if" scenarios on a copy of the panel
before the real challenges are made.
"""
import copy
import random
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Juror:
    number: int
    name: str
    postcode: str


@dataclass
class Panel:
    trial: str
    seed: int
    pool: list
    seated: list = field(default_factory=list)
    challenged: list = field(default_factory=list)
    size: int = 12

    def __post_init__(self):
        self._draw = self._draw_order()

    def _draw_order(self):
        order = list(self.pool)
        random.Random(self.seed).shuffle(order)
        for juror in order:
            yield juror

    def fill(self):
        while len(self.seated) < self.size:
            juror = next(self._draw, None)
            if juror is None:
                raise LookupError(f"{self.trial}: pool exhausted")
            self.seated.append(juror)
        return self.seated

    def challenge(self, number, by):
        juror = next(j for j in self.seated if j.number == number)
        self.seated.remove(juror)
        self.challenged.append((juror, by))
        return self.fill()


def summon(count):
    first = ["Harriet", "Idris", "Joan", "Kwame", "Leila", "Hugh", "Imogen", "Jasper",
             "Kiran", "Lorna", "Henry", "Iris", "Jude", "Kai", "Lina", "Hamid"]
    return [Juror(100 + i, first[i % len(first)], f"LS{i % 9 + 1}") for i in range(count)]


def rehearse(panel, challenges):
    scenario = copy.deepcopy(panel)
    for number, by in challenges:
        scenario.challenge(number, by)
    return scenario


def main():
    panel = Panel("R v Hollis", seed=2024, pool=summon(18))
    panel.fill()
    print(f"{panel.trial}: seated {[j.number for j in panel.seated]}")
    first_two = [j.number for j in panel.seated[:2]]
    try:
        scenario = rehearse(panel, [(first_two[0], "defence"), (first_two[1], "prosecution")])
    except TypeError as exc:
        print(f"could not rehearse challenges: {exc}")
        print("BUG SHOWN")
        return
    print(f"after challenges: {[j.number for j in scenario.seated]}")
    print("rehearsal complete")


if __name__ == "__main__":
    main()
