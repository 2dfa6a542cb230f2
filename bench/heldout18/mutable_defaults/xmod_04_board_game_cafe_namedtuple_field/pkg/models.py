from typing import NamedTuple


class Table(NamedTuple):
    number: int
    seats: int
    games: list = []
    notes: str = ""

    def describe(self):
        return f"table {self.number} ({self.seats} seats): {', '.join(self.games) or '-'}"
