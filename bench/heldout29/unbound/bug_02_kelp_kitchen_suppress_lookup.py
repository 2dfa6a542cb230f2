"""Kelp kitchen ticket router.

Orders arrive as tickets naming a dish; each dish is routed to a prep
station.  Dishes without a dedicated station are supposed to go to the
"pass" (the expediter), but the routing code binds the station only when
the lookup succeeds.
"""
import contextlib
from collections import defaultdict, deque
from dataclasses import dataclass, field


@dataclass
class Ticket:
    table: int
    dish: str
    notes: list = field(default_factory=list)


@dataclass
class Station:
    name: str
    queue: deque = field(default_factory=deque)

    def accept(self, ticket):
        self.queue.append(ticket)
        return len(self.queue)


class KitchenRouter:
    def __init__(self, menu):
        self.stations = {}
        self.by_dish = {}
        for station_name, dishes in menu.items():
            station = Station(station_name)
            self.stations[station_name] = station
            for dish in dishes:
                self.by_dish[dish] = station
        self.fallback = Station("pass")
        self.load = defaultdict(int)

    def _station_for(self, ticket):
        with contextlib.suppress(KeyError):
            station = self.by_dish[ticket.dish.lower()]
        if ticket.notes and "allergy" in ticket.notes:
            station = self.fallback
        return station

    def route(self, ticket):
        station = self._station_for(ticket)
        position = station.accept(ticket)
        self.load[station.name] += 1
        return station.name, position


MENU = {
    "grill": ["kelp burger", "seared tuna"],
    "cold": ["seaweed salad", "kelp noodles"],
    "fry": ["tempura"],
}


def main():
    router = KitchenRouter(MENU)
    tickets = [
        Ticket(4, "Kelp Burger"),
        Ticket(7, "Seaweed Salad"),
        Ticket(2, "Tempura", ["allergy"]),
        Ticket(9, "Miso Soup"),
    ]
    routed = []
    for ticket in tickets:
        try:
            routed.append(router.route(ticket))
        except UnboundLocalError as exc:
            print(f"table {ticket.table}: {ticket.dish!r} could not be routed: {exc}")
            print(f"routed so far: {routed}")
            print("BUG SHOWN")
            return
    print(f"all routed: {routed}")


if __name__ == "__main__":
    main()
