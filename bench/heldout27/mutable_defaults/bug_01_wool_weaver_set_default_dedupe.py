"""Wool weaver: shuttle planning for a small tapestry loom.

A pattern is a sequence of weft picks, each naming a yarn colour.  Before a
pattern is woven the loom works out which bobbins must be wound, once per
distinct colour, in the order the colours first appear.
"""
from dataclasses import dataclass
from typing import Iterable, Iterator


@dataclass(frozen=True)
class Pick:
    row: int
    colour: str
    width_cm: float


@dataclass
class Pattern:
    name: str
    picks: list

    @classmethod
    def from_rows(cls, name, rows):
        picks = []
        for row, (colour, width) in enumerate(rows, start=1):
            picks.append(Pick(row, colour, width))
        return cls(name, picks)


def distinct_colours(picks: Iterable[Pick], seen=set()) -> Iterator[str]:
    """Yield each colour once, in the order it is first needed."""
    for pick in picks:
        if pick.colour not in seen:
            seen.add(pick.colour)
            yield pick.colour


def yarn_needed(picks, colour):
    return round(sum(p.width_cm for p in picks if p.colour == colour) * 1.4, 1)


class Loom:
    def __init__(self, name):
        self.name = name
        self.plans = {}

    def bobbin_plan(self, pattern):
        plan = []
        for colour in distinct_colours(pattern.picks):
            plan.append((colour, yarn_needed(pattern.picks, colour)))
        self.plans[pattern.name] = plan
        return plan


def main():
    heather = Pattern.from_rows(
        "heather hills",
        [("moss", 40), ("heather", 40), ("moss", 38), ("cream", 40)],
    )
    harbour = Pattern.from_rows(
        "harbour dusk",
        [("navy", 40), ("cream", 40), ("moss", 12), ("navy", 40)],
    )
    loom = Loom("upstairs loom")
    for pattern in (heather, harbour):
        plan = loom.bobbin_plan(pattern)
        print(f"{pattern.name}: {plan}")

    wanted = {pick.colour for pick in harbour.picks}
    wound = {colour for colour, _ in loom.plans["harbour dusk"]}
    missing = sorted(wanted - wound)
    if missing:
        print(f"bobbins never wound for harbour dusk: {missing}")
        print("BUG SHOWN")
    else:
        print("all bobbins planned")


if __name__ == "__main__":
    main()
