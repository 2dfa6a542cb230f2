"""School bus routes: routes collect stops; defaults are built per call."""

from dataclasses import dataclass, field
from typing import Optional


@dataclass
class Route:
    number: int
    stops: list = field(default_factory=list)
    riders: dict = field(default_factory=dict)

    def add_stop(self, name, pupils):
        self.stops.append(name)
        self.riders[name] = pupils


def plan_route(number, stops=None, extra: Optional[dict] = None):
    route = Route(number, list(stops) if stops is not None else [])
    for name, pupils in (extra or {}).items():
        route.add_stop(name, pupils)
    return route


class Depot:
    def __init__(self, town, routes=()):
        self.town = town
        self.routes = list(routes)

    def add(self, route):
        self.routes.append(route)

    def total_riders(self):
        return sum(sum(r.riders.values()) for r in self.routes)


def main():
    d1 = Depot("Millbrook")
    d2 = Depot("Eastfield")
    r1 = plan_route(1, extra={"Oak Lane": 6})
    r2 = plan_route(2)
    r2.add_stop("Mill Road", 4)
    d1.add(r1)
    d2.add(r2)
    assert r1.stops == ["Oak Lane"] and r2.stops == ["Mill Road"]
    assert [r.number for r in d1.routes] == [1]
    assert d1.total_riders() == 6 and d2.total_riders() == 4
    print("routes", r1, r2)
    print("OK")


if __name__ == "__main__":
    main()
