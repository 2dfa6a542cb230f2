"""Cricket scorer: a dispatch table of scoring handlers."""

RUN_SHOTS = {"single": 1, "two": 2, "three": 3, "four": 4, "six": 6}


class Innings:
    def __init__(self, team):
        self.team = team
        self.runs = 0
        self.balls = 0
        self.extras = 0

    def add_runs(self, n):
        self.runs += n
        self.balls += 1

    def add_extra(self, n):
        self.extras += n
        self.runs += n


def build_dispatch(innings):
    table = {}
    for shot, value in RUN_SHOTS.items():
        table[shot] = lambda: innings.add_runs(value)
    table["wide"] = lambda: innings.add_extra(1)
    table["dot"] = lambda: innings.add_runs(0)
    return table


class Scorer:
    def __init__(self, team):
        self.innings = Innings(team)
        self.dispatch = build_dispatch(self.innings)

    def ball(self, outcome):
        self.dispatch[outcome]()

    def card(self):
        return f"{self.innings.team} {self.innings.runs} ({self.innings.balls} balls)"


def main():
    scorer = Scorer("Yorkshire")
    for outcome in ["single", "dot", "four", "wide", "two", "single"]:
        scorer.ball(outcome)
    print(scorer.card())
    if scorer.innings.runs != 9:
        print("every scoring shot counted as", RUN_SHOTS["six"])
        print("BUG SHOWN")


if __name__ == "__main__":
    main()
