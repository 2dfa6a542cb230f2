"""Job queue for hospital porters: defaults are built fresh per call."""

from dataclasses import dataclass, field
from typing import NamedTuple, Optional


class Stop(NamedTuple):
    ward: str
    item: str
    notes: tuple = ()


@dataclass
class PorterJob:
    porter: str
    stops: list = field(default_factory=list)
    flags: set = field(default_factory=set)

    def add_stop(self, ward, item, *notes):
        self.stops.append(Stop(ward, item, tuple(notes)))
        if "urgent" in notes:
            self.flags.add("urgent")


def plan_round(porter, requests, job: Optional[PorterJob] = None):
    if job is None:
        job = PorterJob(porter)
    for ward, item in requests:
        job.add_stop(ward, item)
    return job


def merge_counts(jobs, counts=None):
    counts = dict(counts or {})
    for job in jobs:
        counts[job.porter] = counts.get(job.porter, 0) + len(job.stops)
    return counts


def main():
    a = plan_round("Dev", [("Ward 4", "wheelchair"), ("X-ray", "patient")])
    b = plan_round("Sam", [("Pharmacy", "meds")])
    b.add_stop("A&E", "trolley", "urgent")
    assert len(a.stops) == 2 and len(b.stops) == 2
    assert a.flags == set() and b.flags == {"urgent"}
    assert merge_counts([a]) == {"Dev": 2}
    assert merge_counts([b]) == {"Sam": 2}
    extended = plan_round("Dev", [("Theatre", "linen")], job=a)
    assert extended is a and len(a.stops) == 3
    print("OK")


if __name__ == "__main__":
    main()
