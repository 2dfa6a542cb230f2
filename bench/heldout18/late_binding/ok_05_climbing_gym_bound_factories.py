"""Route grading callbacks at a climbing gym, bound per route."""

import functools

GRADES = ["5a", "5b", "6a", "6b", "7a"]


def grade_checker(grade):
    def check(attempt):
        return GRADES.index(attempt["max"]) >= GRADES.index(grade)
    return check


def announce(wall, grade, climber):
    return f"{climber} topped the {grade} on {wall}"


class Gym:
    def __init__(self, walls):
        self.walls = walls
        self.checkers = {grade: grade_checker(grade) for grade in GRADES}
        self.announcers = [functools.partial(announce, wall, grade)
                           for wall, grade in walls.items()]
        self.loggers = [lambda c, wall=wall: f"{c}@{wall}" for wall in walls]

    def can_attempt(self, climber, grade):
        return self.checkers[grade](climber)


def main():
    gym = Gym({"cave": "7a", "slab": "5b", "arete": "6a"})
    climber = {"name": "Rin", "max": "6a"}
    assert gym.can_attempt(climber, "5a")
    assert gym.can_attempt(climber, "6a")
    assert not gym.can_attempt(climber, "6b")
    lines = [a("Rin") for a in gym.announcers]
    assert lines == ["Rin topped the 7a on cave", "Rin topped the 5b on slab",
                     "Rin topped the 6a on arete"], lines
    assert [log("Rin") for log in gym.loggers] == ["Rin@cave", "Rin@slab", "Rin@arete"]
    print("\n".join(lines))
    print("OK")


if __name__ == "__main__":
    main()
