"""Stadium ticketing: venue layouts and seat sales.

Each venue is declared as a subclass listing its stands; the base class
collects the stands when the subclass is created so the box office can
validate sales against the layout.
"""
import itertools


class UnknownSection(Exception):
    pass


class Venue:
    sections = {}
    _ticket_numbers = itertools.count(1)

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        for stand, capacity in cls.__dict__.get("STANDS", {}).items():
            cls.sections[stand] = capacity

    def __init__(self):
        self.sold = {}

    def sell(self, section, quantity):
        if section not in self.sections:
            raise UnknownSection(f"{type(self).__name__} has no section {section!r}")
        remaining = self.sections[section] - self.sold.get(section, 0)
        if quantity > remaining:
            return []
        self.sold[section] = self.sold.get(section, 0) + quantity
        return [f"T{next(self._ticket_numbers):05d}" for _ in range(quantity)]


class RiversideStadium(Venue):
    STANDS = {"North Stand": 8000, "South Stand": 8000, "East Terrace": 5000}


class ValleyArena(Venue):
    STANDS = {"Lower Bowl": 3000, "Upper Bowl": 2500}


class BoxOffice:
    def __init__(self, venue):
        self.venue = venue
        self.rejected = []

    def handle(self, orders):
        issued = []
        for section, qty in orders:
            try:
                issued.extend(self.venue.sell(section, qty))
            except UnknownSection as exc:
                self.rejected.append(str(exc))
        return issued


def main():
    arena_office = BoxOffice(ValleyArena())
    tickets = arena_office.handle([("Lower Bowl", 4), ("North Stand", 2)])
    print("arena sections:", sorted(ValleyArena.sections))
    print("tickets issued:", tickets)
    print("rejected:", arena_office.rejected)
    if "North Stand" in arena_office.venue.sold:
        print("BUG SHOWN")
    else:
        print("OK")


if __name__ == "__main__":
    main()
