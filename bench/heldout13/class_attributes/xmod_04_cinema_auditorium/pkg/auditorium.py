class SeatUnavailable(Exception):
    pass


class Auditorium:
    rows = "ABCDEFGH"
    seats_per_row = 12
    held_seats = set()

    def __init__(self, number):
        self.number = number

    def seat_exists(self, seat):
        return seat[0] in self.rows and 1 <= int(seat[1:]) <= self.seats_per_row

    def hold(self, seat):
        if not self.seat_exists(seat):
            raise SeatUnavailable(f"{seat} not in auditorium {self.number}")
        if seat in self.held_seats:
            raise SeatUnavailable(f"{seat} already held in auditorium {self.number}")
        self.held_seats.add(seat)

    def free_count(self):
        return len(self.rows) * self.seats_per_row - len(self.held_seats)
