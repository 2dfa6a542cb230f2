"""Delta dock: berth bookings for river-delta ferries.

Each berth keeps its own booking list and each ferry its own set of crew
certificates.  Optional arguments use ``None`` sentinels or
``dataclasses.field(default_factory=...)`` so every object starts empty.
"""
from dataclasses import dataclass, field
from typing import NamedTuple, Optional, Tuple


class Slot(NamedTuple):
    start: int
    end: int
    ferry: str
    tags: Tuple[str, ...] = ()

    def tagged(self, tag):
        return self._replace(tags=self.tags + (tag,))


@dataclass
class Berth:
    name: str
    draft_m: float
    slots: list = field(default_factory=list)
    notes: dict = field(default_factory=dict)

    def book(self, slot):
        for existing in self.slots:
            if existing.start < slot.end and slot.start < existing.end:
                raise ValueError(f"{self.name}: {slot} overlaps {existing}")
        self.slots.append(slot)


class Ferry:
    def __init__(self, name, certificates: Optional[set] = None):
        self.name = name
        self.certificates = set() if certificates is None else set(certificates)

    def certify(self, cert):
        self.certificates.add(cert)


def plan_day(berths, requests, extra_tags=None):
    extra_tags = list(extra_tags or ())
    for berth_name, start, end, ferry in requests:
        slot = Slot(start, end, ferry)
        for tag in extra_tags:
            slot = slot.tagged(tag)
        berths[berth_name].book(slot)
    return berths


def main():
    berths = {b.name: b for b in (Berth("east", 3.2), Berth("west", 4.5))}
    plan_day(berths, [("east", 6, 7, "Reed Runner"), ("east", 8, 9, "Silt Swan")],
             extra_tags=["morning"])
    plan_day(berths, [("west", 10, 11, "Marsh Hen")])

    swan, hen = Ferry("Silt Swan"), Ferry("Marsh Hen")
    swan.certify("night crossing")

    print(f"east: {[s.ferry for s in berths['east'].slots]}")
    print(f"west: {[s.ferry for s in berths['west'].slots]}")
    assert [s.ferry for s in berths["west"].slots] == ["Marsh Hen"]
    assert berths["west"].slots[0].tags == ()
    assert berths["east"].slots[0].tags == ("morning",)
    assert hen.certificates == set() and swan.certificates == {"night crossing"}
    assert berths["east"].notes is not berths["west"].notes
    print("OK")


if __name__ == "__main__":
    main()
