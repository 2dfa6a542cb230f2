from dataclasses import dataclass, field


class SeatMap:
    def __init__(self, rows=5, per_row=8):
        self.rows = rows
        self.per_row = per_row
        self.taken = {}

    def reserve(self, seat, holder):
        if seat in self.taken:
            raise LookupError(f"seat {seat} already held by {self.taken[seat]}")
        self.taken[seat] = holder

    def available(self):
        return self.rows * self.per_row - len(self.taken)


@dataclass
class Screening:
    film: str
    starts_at: str
    seating: SeatMap = SeatMap()
    tickets: list = field(default_factory=list)

    def book(self, seat, customer):
        self.seating.reserve(seat, customer)
        self.tickets.append((seat, customer))


class BoxOffice:
    def __init__(self):
        self.screenings = {}

    def schedule(self, film, starts_at):
        screening = Screening(film, starts_at)
        self.screenings[(film, starts_at)] = screening
        return screening


def main():
    office = BoxOffice()
    matinee = office.schedule("Arrival", "14:00")
    evening = office.schedule("Arrival", "20:30")
    matinee.book("C4", "dana")
    try:
        evening.book("C4", "lee")
    except LookupError as exc:
        assert "dana" in str(exc)
        assert evening.tickets == []
        assert evening.seating.available() == 39
        print("BUG SHOWN")
        return
    raise AssertionError("evening seat booked independently")


if __name__ == "__main__":
    main()
