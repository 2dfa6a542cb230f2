"""Cable car cabin scheduler."""


class DepartureBoard:
    def __init__(self):
        self._slots = {}

    def book(self, minute, cabin):
        if minute in self._slots:
            raise ValueError(f"minute {minute} already taken by {self._slots[minute]}")
        self._slots[minute] = cabin

    def slots(self):
        return dict(sorted(self._slots.items()))


class Line:
    def __init__(self, name, interval):
        self.name = name
        self.interval = interval


def plan_day(line, cabins, board=DepartureBoard()):
    """Return a departure board for one line."""
    minute = 0
    for cabin in cabins:
        board.book(minute, cabin)
        minute += line.interval
    return board


class Operator:
    def __init__(self, lines):
        self.lines = lines

    def boards(self, cabins):
        return {line.name: plan_day(line, cabins[line.name]) for line in self.lines}


def main():
    op = Operator([Line("summit", 10), Line("glacier", 15)])
    cabins = {"summit": ["S1", "S2"], "glacier": ["G1", "G2"]}
    try:
        boards = op.boards(cabins)
        print({k: v.slots() for k, v in boards.items()})
    except ValueError as exc:
        print("scheduling clash between separate lines:", exc)
        print("BUG SHOWN")


if __name__ == "__main__":
    main()
