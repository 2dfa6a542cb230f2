"""Precinct tally sheets for a municipal election.

Returning officers submit raw counts per candidate; the tally sheet ranks
candidates, breaking exact ties by the statutory ballot-paper order, and
renders the declaration text read out at the count centre.
"""
from collections import Counter
from dataclasses import dataclass
from typing import Dict, List


@dataclass(frozen=True)
class Candidate:
    name: str
    party: str
    ballot_position: int


class TallySheet:
    SPOILT_MARKERS = frozenset({"blank", "spoilt", "illegible"})
    PARTY_ORDER = ("Independent", "Green", "Labour", "Liberal", "Conservative")

    rank_key = staticmethod(
        lambda item: (-item[1], PARTY_ORDER.index(item[0].party), item[0].ballot_position)
    )

    def __init__(self, precinct: str, candidates: List[Candidate]):
        self.precinct = precinct
        self.candidates = {c.name: c for c in candidates}
        self.votes: Counter = Counter()
        self.spoilt = 0

    def record_bundle(self, marks: List[str]) -> None:
        for mark in marks:
            if mark in self.SPOILT_MARKERS:
                self.spoilt += 1
            elif mark in self.candidates:
                self.votes[mark] += 1
            else:
                self.spoilt += 1

    def ranking(self) -> List[tuple]:
        rows = [(self.candidates[name], self.votes[name]) for name in self.candidates]
        return sorted(rows, key=self.rank_key)

    def declaration(self) -> str:
        lines = [f"Declaration for precinct {self.precinct}:"]
        for position, (cand, count) in enumerate(self.ranking(), start=1):
            lines.append(f"  {position}. {cand.name} ({cand.party}) {count}")
        lines.append(f"  Rejected ballots: {self.spoilt}")
        return "\n".join(lines)


def aggregate(sheets: List[TallySheet]) -> Dict[str, int]:
    total: Counter = Counter()
    for sheet in sheets:
        total.update(sheet.votes)
    return dict(total)


def main() -> None:
    roster = [
        Candidate("Okafor", "Green", 1),
        Candidate("Lindqvist", "Liberal", 2),
        Candidate("Moreau", "Labour", 3),
    ]
    north = TallySheet("North-3", roster)
    north.record_bundle(["Okafor", "Moreau", "Okafor", "blank", "Lindqvist"])
    north.record_bundle(["Moreau", "Lindqvist", "Lindqvist", "Okafor?", "Moreau"])
    print(f"aggregate so far: {aggregate([north])}")
    try:
        text = north.declaration()
    except NameError as exc:
        print(f"could not declare: {exc}")
        print("BUG SHOWN")
        return
    print(text)


if __name__ == "__main__":
    main()
