from dataclasses import dataclass, field

BAGGAGE_FEE = 35
SEAT_FEES = {"standard": 0, "extra_legroom": 49, "exit_row": 29}


@dataclass
class Passenger:
    name: str
    seat_type: str = "standard"
    bags: int = 0
    loyalty: str = "none"


@dataclass
class Booking:
    reference: str
    base_fare: int
    passengers: list = field(default_factory=list)


def itemize(booking):
    yield ("base fare", booking.base_fare * len(booking.passengers))
    for pax in booking.passengers:
        seat_fee = SEAT_FEES[pax.seat_type]
        if seat_fee:
            yield (f"seat {pax.seat_type} ({pax.name})", seat_fee)
        if pax.bags:
            yield (f"{pax.bags} bag(s) ({pax.name})", pax.bags * BAGGAGE_FEE)
        if pax.loyalty == "gold":
            BAGGAGE_FEE = 0
            yield (f"gold baggage waiver ({pax.name})", 0)


class Invoice:
    def __init__(self, booking):
        self.booking = booking
        self.lines = []

    def build(self):
        self.lines = list(itemize(self.booking))
        return self

    def total(self):
        return sum(amount for _, amount in self.lines)

    def render(self):
        body = "\n".join(f"{label:<40}{amount:>6}" for label, amount in self.lines)
        return f"Invoice {self.booking.reference}\n{body}\nTOTAL {self.total()}"


def main():
    booking = Booking("QX7F2A", 120, [
        Passenger("Ana Ruiz", "exit_row", bags=1),
        Passenger("Tom Ruiz", bags=2, loyalty="gold"),
    ])
    invoice = Invoice(booking)
    try:
        invoice.build()
    except UnboundLocalError as exc:
        assert "BAGGAGE_FEE" in str(exc)
        print("BUG SHOWN")
        return
    raise AssertionError(f"invoice built: {invoice.render()}")


if __name__ == "__main__":
    main()
