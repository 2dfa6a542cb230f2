"""Regional job board search service.

Each regional board holds the postings for its area.  Searches take an
optional filter dictionary; filters the caller does not give are filled in
from the board's own defaults (region, whether remote roles are included).
"""
from dataclasses import dataclass


@dataclass(frozen=True)
class Posting:
    ref: str
    title: str
    region: str
    remote: bool
    salary: int


def normalise_filters(filters, board):
    filters.setdefault("region", board.region)
    filters.setdefault("remote_ok", board.include_remote)
    filters.setdefault("min_salary", 0)
    return filters


class JobBoard:
    def __init__(self, region, postings, include_remote=True):
        self.region = region
        self.include_remote = include_remote
        self.postings = list(postings)

    def _matches(self, posting, keyword, filters):
        if keyword.lower() not in posting.title.lower():
            return False
        if posting.salary < filters["min_salary"]:
            return False
        if posting.remote:
            return filters["remote_ok"]
        return posting.region == filters["region"]

    def search(self, keyword, filters={}):
        filters = normalise_filters(filters, self)
        return [p for p in self.postings if self._matches(p, keyword, filters)]


POSTINGS = [
    Posting("H-101", "Junior Engineer", "highlands", False, 28000),
    Posting("H-102", "Lead Engineer", "highlands", False, 61000),
    Posting("I-201", "Engineer (Infrastructure)", "islands", False, 45000),
    Posting("I-202", "Harbour Engineer", "islands", False, 39000),
    Posting("R-900", "Kubernetes Engineer", "anywhere", True, 70000),
]


def main():
    highlands = JobBoard("highlands", [p for p in POSTINGS if p.region in ("highlands", "anywhere")])
    islands = JobBoard("islands", [p for p in POSTINGS if p.region in ("islands", "anywhere")],
                       include_remote=False)
    first = highlands.search("engineer")
    print("highlands:", [p.ref for p in first])
    second = islands.search("engineer")
    print("islands:  ", [p.ref for p in second])
    if {p.ref for p in second} != {"I-201", "I-202"}:
        print("islands board returned the wrong postings")
        print("BUG SHOWN")
    else:
        print("search results consistent")


if __name__ == "__main__":
    main()
