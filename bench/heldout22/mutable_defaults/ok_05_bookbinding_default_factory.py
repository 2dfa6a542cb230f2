"""Job tickets for a bookbinding workshop.

A job ticket follows a book through sewing, covering and finishing.  Each
ticket keeps its own list of operations; a memoized helper prices materials
per cover kind; signatures are grouped into sections by a helper that
accepts an optional accumulator.
"""
import functools
from dataclasses import dataclass, field
from typing import List, NamedTuple, Optional, Tuple

MATERIAL_PRICES = {"cloth": 4.5, "leather": 19.0, "paper": 1.2}
THREAD_PRICES = {"linen": 0.8, "silk": 2.4}


def memoized(func):
    results = {}

    @functools.wraps(func)
    def wrapper(*args):
        if args not in results:
            results[args] = func(*args)
        return results[args]

    wrapper.cache_size = lambda: len(results)
    return wrapper


@memoized
def cover_price(kind):
    return MATERIAL_PRICES[kind]


@memoized
def thread_price(kind):
    return THREAD_PRICES[kind]


class Operation(NamedTuple):
    step: str
    minutes: int
    tools: Tuple[str, ...] = ()


@dataclass
class JobTicket:
    title: str
    cover: str
    thread: str = "linen"
    operations: List[Operation] = field(default_factory=list)

    def log(self, step, minutes, *tools):
        self.operations.append(Operation(step, minutes, tools))
        return self

    def cost(self, hourly=38.0):
        labour = sum(op.minutes for op in self.operations) / 60 * hourly
        return round(labour + cover_price(self.cover) + thread_price(self.thread), 2)


def group_signatures(pages, per_signature=16, sections: Optional[list] = None):
    if sections is None:
        sections = []
    for start in range(0, pages, per_signature):
        sections.append((start + 1, min(start + per_signature, pages)))
    return sections


def main():
    journal = JobTicket("field journal", cover="cloth")
    missal = JobTicket("family missal", cover="leather", thread="silk")
    notebook = JobTicket("pocket notebook", cover="paper")

    journal.log("sew", 90, "needle", "frame").log("case", 40, "press")
    missal.log("sew", 150, "needle").log("cover", 120, "paring knife").log("gild", 60)

    assert notebook.operations == []
    assert len(journal.operations) == 2 and len(missal.operations) == 3
    assert group_signatures(40) == [(1, 16), (17, 32), (33, 40)]
    assert group_signatures(20) == [(1, 16), (17, 20)]
    assert cover_price("cloth") == 4.5 and thread_price("silk") == 2.4
    assert thread_price("linen") == 0.8 and cover_price("leather") == 19.0

    for ticket in (journal, missal, notebook):
        print(f"{ticket.title:<16} {len(ticket.operations)} ops  {ticket.cost():7.2f} EUR")
    print("OK")


if __name__ == "__main__":
    main()
