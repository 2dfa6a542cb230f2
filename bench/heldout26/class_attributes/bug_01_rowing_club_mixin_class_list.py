"""Rowing club: assigning members to boats for the Sunday outing.

Boats and coaching launches both keep a roster; the roster behaviour lives
in a mixin so that any craft can take people on board.
"""


class SeatUnavailable(Exception):
    pass


class RosterMixin:
    roster = []
    max_aboard = 1

    def _enlist(self, member):
        if member in self.roster:
            raise SeatUnavailable(f"{member} already aboard {self.name}")
        if len(self.roster) >= self.max_aboard:
            raise SeatUnavailable(f"{self.name} is full")
        self.roster.append(member)

    def aboard(self):
        return tuple(self.roster)


class Boat(RosterMixin):
    def __init__(self, name, seats, coxed=False):
        self.name = name
        self.max_aboard = seats + (1 if coxed else 0)

    def seat(self, *members):
        for member in members:
            self._enlist(member)


class Launch(RosterMixin):
    max_aboard = 2

    def __init__(self, name):
        self.name = name


class OutingPlanner:
    def __init__(self):
        self.problems = []

    def assign(self, craft, members):
        for member in members:
            try:
                craft._enlist(member)
            except SeatUnavailable as exc:
                self.problems.append(str(exc))


def main():
    four = Boat("Sandpiper", seats=4, coxed=True)
    pair = Boat("Teal", seats=2)
    launch = Launch("Safety One")
    planner = OutingPlanner()
    planner.assign(four, ["Rosa", "Sam", "Tariq", "Una", "Vic (cox)"])
    planner.assign(pair, ["Ruth", "Silas"])
    planner.assign(launch, ["Coach Tess"])

    for craft in (four, pair, launch):
        print(f"{craft.name:11s} {craft.aboard()}")
    print("problems:", planner.problems)
    if planner.problems or "Rosa" in pair.aboard():
        print("BUG SHOWN")
    else:
        print("OK")


if __name__ == "__main__":
    main()
