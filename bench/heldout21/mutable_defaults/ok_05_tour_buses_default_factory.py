"""Tour bus scheduler: each departure keeps its own passenger list."""
from dataclasses import dataclass, field


@dataclass
class Departure:
    route: str
    time: str
    passengers: list = field(default_factory=list)
    stops: dict = field(default_factory=dict)

    def board(self, name, stop):
        self.passengers.append(name)
        self.stops.setdefault(stop, []).append(name)


def add_departures(routes, schedule=None):
    if schedule is None:
        schedule = []
    for route, time in routes:
        schedule.append(Departure(route, time))
    return schedule


class Depot:
    def __init__(self, name, buses=None):
        self.name = name
        self.buses = list(buses) if buses is not None else []

    def schedule(self, routes):
        self.buses = add_departures(routes, self.buses)
        return self.buses


def main():
    north = Depot("north")
    south = Depot("south")
    n = north.schedule([("castle", "09:00"), ("coast", "10:30")])
    s = south.schedule([("lakes", "08:15")])
    n[0].board("Ivy", "gate")
    assert n[1].passengers == [] and s[0].passengers == []
    assert len(north.buses) == 2 and len(south.buses) == 1
    assert len(add_departures([("x", "1")])) == 1
    assert len(add_departures([("y", "2")])) == 1
    print("north:", [d.route for d in north.buses])
    print("OK")


if __name__ == "__main__":
    main()
