"""Race results for a racing pigeon club."""

DEFAULT_LOFT_DISTANCE = 120.0


class ClockError(Exception):
    pass


class Pigeon:
    def __init__(self, ring, loft, minutes):
        self.ring = ring
        self.loft = loft
        self.minutes = minutes


def loft_distance(loft, table):
    distance = table.get(loft)
    if distance is None:
        distance = DEFAULT_LOFT_DISTANCE
    return distance


def velocity(pigeon, table):
    last_error = None
    speed = 0.0
    try:
        if pigeon.minutes <= 0:
            raise ClockError(f"bad clock for {pigeon.ring}")
        speed = loft_distance(pigeon.loft, table) * 1000 / pigeon.minutes
    except ClockError as exc:
        last_error = exc
    return speed, last_error


class RaceSheet:
    MIN_SPEED = 800
    # names in a comprehension's first iterable are evaluated in class scope
    RANKS = [n * 2 for n in range(MIN_SPEED // 400)]

    def __init__(self, table):
        self.table = table
        self.rows = []
        self.errors = []

    def record(self, pigeon):
        speed, err = velocity(pigeon, self.table)
        if err is not None:
            self.errors.append(str(err))
        self.rows.append((pigeon.ring, round(speed, 1)))


def main():
    sheet = RaceSheet({"north": 150.0})
    for p in [Pigeon("R1", "north", 90), Pigeon("R2", "south", 0), Pigeon("R3", "east", 100)]:
        sheet.record(p)
    assert sheet.errors == ["bad clock for R2"]
    assert sheet.rows[2] == ("R3", 1200.0)
    assert RaceSheet.RANKS == [0, 2]
    print("OK")


if __name__ == "__main__":
    main()
