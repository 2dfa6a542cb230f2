"""Tea house ordering: tasting flights and brewing tickets.

A tasting flight is a small dataclass; when the guest does not choose
blends, the house selection is used.  The house selection is kept on the
class so that seasonal subclasses can override it.
"""
from dataclasses import dataclass, field
from typing import ClassVar


@dataclass
class BrewTicket:
    blend: str
    water_c: int
    steep_s: int


BREW_TABLE = {
    "sencha": (75, 60),
    "oolong": (90, 120),
    "pu-erh": (95, 180),
    "darjeeling": (90, 150),
    "genmaicha": (85, 90),
}


@dataclass
class TastingFlight:
    HOUSE_BLENDS: ClassVar[tuple] = ("sencha", "oolong", "pu-erh")

    table: int
    guests: int = 2
    blends: list = field(default_factory=lambda: list(HOUSE_BLENDS))

    def tickets(self):
        out = []
        for blend in self.blends:
            water, steep = BREW_TABLE[blend]
            out.append(BrewTicket(blend, water, steep))
        return out


@dataclass
class AutumnFlight(TastingFlight):
    HOUSE_BLENDS: ClassVar[tuple] = ("darjeeling", "genmaicha")


class Counter:
    def __init__(self):
        self.queue = []

    def order(self, flight):
        self.queue.extend(flight.tickets())
        return len(self.queue)


def main():
    counter = Counter()
    counter.order(TastingFlight(table=3, blends=["sencha", "genmaicha"]))
    print(f"tickets queued: {len(counter.queue)}")
    try:
        counter.order(AutumnFlight(table=5))
    except NameError as exc:
        print(f"order for table 5 failed: {exc}")
        print("BUG SHOWN")
        return
    print(f"tickets queued: {len(counter.queue)}")
    print("OK")


if __name__ == "__main__":
    main()
