from .concurrency import synchronized


class SeatTaken(Exception):
    pass


class SeatMap:
    def __init__(self, event_name, rows, per_row, payment_hold):
        self.event_name = event_name
        self.seats = {f"{r}{n}": None for r in rows for n in range(1, per_row + 1)}
        self.payment_hold = payment_hold
        self.confirmations = []

    def free_seats(self):
        return [seat for seat, owner in self.seats.items() if owner is None]

    @synchronized
    def book(self, seat, customer):
        if self.seats.get(seat, "missing") is not None:
            raise SeatTaken(seat)
        self.payment_hold(customer, seat)
        self.seats[seat] = customer
        self.confirmations.append((seat, customer))
        return f"{self.event_name}:{seat}:{customer}"
