"""Ticket tracking for a dry-cleaning shop.

Garments move through cleaning stations; when the solvent cycle finishes,
the shop's hook system notifies listeners.  The pressing station listens
and opens its own follow-up ticket for garments that need pressing.
"""
import itertools
from dataclasses import dataclass
from typing import Callable, Dict, List

_ticket_numbers = itertools.count(5001)


@dataclass
class Ticket:
    number: int
    customer: str
    garment: str
    station: str
    minutes_left: int
    press_after: bool = False


class Shop:
    def __init__(self) -> None:
        self.tickets: Dict[int, Ticket] = {}
        self.ready_hooks: List[Callable[["Shop", Ticket], None]] = []
        self.pickup_shelf: List[int] = []

    def drop_off(self, customer: str, garment: str, station: str,
                 minutes: int, press_after: bool = False) -> Ticket:
        ticket = Ticket(next(_ticket_numbers), customer, garment, station, minutes, press_after)
        self.tickets[ticket.number] = ticket
        return ticket

    def on_ready(self, hook: Callable[["Shop", Ticket], None]) -> None:
        self.ready_hooks.append(hook)

    def _finish(self, ticket: Ticket) -> None:
        ticket.minutes_left = 0
        for hook in self.ready_hooks:
            hook(self, ticket)

    def advance(self, minutes: int) -> List[int]:
        finished = []
        for number, ticket in self.tickets.items():
            if ticket.minutes_left == 0:
                continue
            ticket.minutes_left = max(0, ticket.minutes_left - minutes)
            if ticket.minutes_left == 0:
                self._finish(ticket)
                finished.append(number)
        return finished


def pressing_station(shop: Shop, ticket: Ticket) -> None:
    if ticket.station == "solvent" and ticket.press_after:
        shop.drop_off(ticket.customer, ticket.garment, "press", 15)


def shelf_tracker(shop: Shop, ticket: Ticket) -> None:
    if not (ticket.station == "solvent" and ticket.press_after):
        shop.pickup_shelf.append(ticket.number)


def main() -> None:
    shop = Shop()
    shop.on_ready(pressing_station)
    shop.on_ready(shelf_tracker)
    shop.drop_off("Mrs Achebe", "wool coat", "solvent", 40)
    shop.drop_off("Mr Holm", "silk blouse", "solvent", 30, press_after=True)
    shop.drop_off("Ms Varga", "suit trousers", "solvent", 50, press_after=True)

    try:
        for _ in range(4):
            done = shop.advance(20)
            print(f"finished this cycle: {done}")
    except RuntimeError as exc:
        print(f"station loop aborted: {exc}")
        print("BUG SHOWN")
        return
    print(f"shelf: {shop.pickup_shelf}")


if __name__ == "__main__":
    main()
