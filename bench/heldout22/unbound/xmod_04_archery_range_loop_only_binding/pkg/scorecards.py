"""Parse the range's scorecard export.

Each line is ``archer|round|end1;end2;...`` where an end is a comma separated
list of arrow values (X counts as 10, M as a miss).  Archers who withdraw
before shooting still appear in the export with an empty end list.
"""
from dataclasses import dataclass, field

ARROW_VALUES = {"X": 10, "M": 0}


@dataclass
class Scorecard:
    archer: str
    round_name: str
    ends: list = field(default_factory=list)


def parse_arrow(token):
    token = token.strip().upper()
    if token in ARROW_VALUES:
        return ARROW_VALUES[token]
    value = int(token)
    if not 0 <= value <= 10:
        raise ValueError(f"bad arrow value {token!r}")
    return value


def parse_line(line):
    archer, round_name, ends_blob = line.split("|")
    ends = []
    for chunk in filter(None, ends_blob.split(";")):
        ends.append([parse_arrow(t) for t in chunk.split(",")])
    return Scorecard(archer.strip(), round_name.strip(), ends)


def load(text):
    return [parse_line(line) for line in text.strip().splitlines() if line.strip()]
