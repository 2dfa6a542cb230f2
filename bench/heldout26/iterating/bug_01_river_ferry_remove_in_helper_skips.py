"""River ferry boarding: ticket screening at the ramp.

The deckhand's handheld walks the boarding list and refuses anyone whose
ticket is expired or for another crossing; refused passengers are taken
off the list so the head count matches the lifejacket count.
"""
from dataclasses import dataclass
from datetime import date


@dataclass
class Passenger:
    name: str
    ticket_route: str
    valid_until: date


class BoardingList:
    def __init__(self, route, sailing_date, passengers):
        self.route = route
        self.sailing_date = sailing_date
        self.passengers = list(passengers)
        self.refused = []

    def _ticket_ok(self, passenger):
        return (passenger.ticket_route == self.route
                and passenger.valid_until >= self.sailing_date)

    def refuse(self, passenger, reason):
        self.passengers.remove(passenger)
        self.refused.append((passenger.name, reason))

    def _screen(self, passenger):
        if passenger.ticket_route != self.route:
            self.refuse(passenger, "wrong crossing")
        elif passenger.valid_until < self.sailing_date:
            self.refuse(passenger, "expired")

    def screen_all(self):
        for passenger in self.passengers:
            self._screen(passenger)
        return len(self.passengers)


def main():
    sailing = date(2024, 6, 14)
    boarding = BoardingList("Rhyl Quay -> Seacombe", sailing, [
        Passenger("Rosalind", "Rhyl Quay -> Seacombe", date(2024, 12, 31)),
        Passenger("Stellan", "Tarrant Pier -> Upton", date(2024, 12, 31)),
        Passenger("Trude", "Rhyl Quay -> Seacombe", date(2024, 5, 1)),
        Passenger("Ulrich", "Rhyl Quay -> Seacombe", date(2024, 6, 30)),
    ])
    aboard = boarding.screen_all()
    print("aboard:", [p.name for p in boarding.passengers])
    print("refused:", boarding.refused)
    invalid_aboard = [p.name for p in boarding.passengers if not boarding._ticket_ok(p)]
    if invalid_aboard:
        print(f"{aboard} aboard, including invalid tickets: {invalid_aboard}")
        print("BUG SHOWN")
    else:
        print("OK")


if __name__ == "__main__":
    main()
