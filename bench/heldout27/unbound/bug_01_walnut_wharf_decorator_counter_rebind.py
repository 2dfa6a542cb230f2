"""Walnut wharf: berth scheduling for barges unloading walnut sacks.

Each berth handler is wrapped by ``shift_quota`` so that the harbour master
can cap how many barges a berth accepts per shift.  The wharf object walks the
day's arrivals and records what was unloaded where.
"""
import functools
import logging
from dataclasses import dataclass, field

logger = logging.getLogger("wharf.berths")
logger.addHandler(logging.NullHandler())


class BerthFull(Exception):
    """Raised when a berth has used up its quota for the shift."""


@dataclass
class Barge:
    name: str
    sacks: int
    origin: str


@dataclass
class UnloadReceipt:
    berth: str
    barge: str
    sacks: int


def shift_quota(limit):
    """Allow at most ``limit`` successful calls of the wrapped handler."""
    accepted = 0

    def decorate(handler):
        @functools.wraps(handler)
        def wrapper(*args, **kwargs):
            if accepted >= limit:
                raise BerthFull(f"{handler.__name__}: quota of {limit} used")
            receipt = handler(*args, **kwargs)
            accepted += 1
            logger.debug("%s accepted %d/%d", handler.__name__, accepted, limit)
            return receipt

        wrapper.quota = limit
        return wrapper

    return decorate


@shift_quota(limit=2)
def north_berth(barge):
    return UnloadReceipt("north", barge.name, barge.sacks)


@shift_quota(limit=3)
def south_berth(barge):
    return UnloadReceipt("south", barge.name, barge.sacks)


@dataclass
class Wharf:
    berths: list
    receipts: list = field(default_factory=list)
    turned_away: list = field(default_factory=list)

    def dock(self, barge):
        for berth in self.berths:
            try:
                receipt = berth(barge)
            except BerthFull:
                continue
            self.receipts.append(receipt)
            return receipt
        self.turned_away.append(barge.name)
        return None

    def total_sacks(self):
        return sum(r.sacks for r in self.receipts)


def main():
    arrivals = [
        Barge("Hazel Queen", 140, "Mill Creek"),
        Barge("Nutshell", 95, "Upper Ford"),
        Barge("Kernel Star", 120, "Mill Creek"),
    ]
    wharf = Wharf([north_berth, south_berth])
    try:
        for barge in arrivals:
            wharf.dock(barge)
    except UnboundLocalError as exc:
        print(f"docking aborted: {type(exc).__name__}: {exc}")
        print(f"receipts so far: {len(wharf.receipts)}")
        print("BUG SHOWN")
        return
    print(f"unloaded {wharf.total_sacks()} sacks, turned away {wharf.turned_away}")
    print("no failure")


if __name__ == "__main__":
    main()
