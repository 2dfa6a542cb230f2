from .auditorium import SeatUnavailable
from .rooms import ImaxAuditorium, PremiereLounge


class Multiplex:
    def __init__(self):
        self.rooms = {1: ImaxAuditorium(1), 2: PremiereLounge(2)}
        self.sales = []

    def sell(self, room_number, seat, customer):
        self.rooms[room_number].hold(seat)
        self.sales.append((room_number, seat, customer))


def main():
    plex = Multiplex()
    plex.sell(1, "B5", "nora")
    try:
        plex.sell(2, "B5", "ivan")
    except SeatUnavailable as exc:
        assert "auditorium 2" in str(exc)
        assert plex.sales == [(1, "B5", "nora")]
        assert plex.rooms[2].free_count() == 23
        print("BUG SHOWN")
        return
    raise AssertionError("lounge seat sold independently")


if __name__ == "__main__":
    main()
