"""Beacon bridge: inspection records for a suspension bridge's spans.

Spans are immutable records (a ``typing.NamedTuple``) produced from the
structural survey; inspectors attach findings while walking the bridge, and
the maintenance office lists the spans that need work.
"""
from typing import NamedTuple, List
import itertools


class Finding(NamedTuple):
    inspector: str
    severity: int
    note: str


class Span(NamedTuple):
    code: str
    length_m: float
    material: str
    findings: List[Finding] = []

    def record(self, finding):
        self.findings.append(finding)
        return self

    def worst(self):
        return max((f.severity for f in self.findings), default=0)


def spans_from_survey(rows):
    return [Span(code, float(length), material) for code, length, material in rows]


class InspectionWalk:
    _ids = itertools.count(1)

    def __init__(self, inspector, spans):
        self.inspector = inspector
        self.spans = {s.code: s for s in spans}
        self.walk_id = next(self._ids)

    def note(self, code, severity, text):
        self.spans[code].record(Finding(self.inspector, severity, text))


def maintenance_list(spans, threshold=3):
    return [s.code for s in spans if s.worst() >= threshold]


def main():
    spans = spans_from_survey([
        ("S1-approach", 42.0, "concrete"),
        ("S2-main", 180.5, "steel"),
        ("S3-approach", 42.0, "concrete"),
    ])
    walk = InspectionWalk("R. Okafor", spans)
    walk.note("S2-main", 4, "corroded hanger at H17")
    walk.note("S2-main", 2, "paint loss on lower chord")

    for span in spans:
        print(f"{span.code}: {len(span.findings)} finding(s), worst {span.worst()}")
    todo = maintenance_list(spans)
    print(f"maintenance: {todo}")
    if todo != ["S2-main"]:
        print("approach spans flagged without any finding of their own")
        print("BUG SHOWN")
    else:
        print("maintenance list correct")


if __name__ == "__main__":
    main()
