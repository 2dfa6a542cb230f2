"""Squash ladder: each division gets a challenge rule built from its settings."""

DIVISIONS = [
    ("premier", 2),
    ("one", 3),
    ("two", 4),
]


class Challenge:
    def __init__(self, challenger_rung, holder_rung):
        self.challenger_rung = challenger_rung
        self.holder_rung = holder_rung

    @property
    def gap(self):
        # Rungs count downwards: rung 1 is the top of the ladder.
        return self.challenger_rung - self.holder_rung


def make_rules(divisions):
    return {
        name: (lambda ch: 0 < ch.gap <= max_gap)
        for name, max_gap in divisions
    }


class Ladder:
    def __init__(self, club):
        self.club = club
        self.rules = make_rules(DIVISIONS)
        self.rejected = []

    def allowed(self, division, challenger_rung, holder_rung):
        ch = Challenge(challenger_rung, holder_rung)
        ok = self.rules[division](ch)
        if not ok:
            self.rejected.append((division, challenger_rung, holder_rung))
        return ok

    def bulk(self, requests):
        return [self.allowed(*r) for r in requests]


def main():
    ladder = Ladder("Riverside SRC")
    verdicts = ladder.bulk([("premier", 6, 3), ("one", 5, 4), ("two", 9, 5)])
    print("verdicts:", verdicts)
    if verdicts != [False, True, True]:
        print("premier allowed a 3-rung jump; rejected:", ladder.rejected)
        print("BUG SHOWN")
        return
    print("OK")


if __name__ == "__main__":
    main()
