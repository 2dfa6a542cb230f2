class Team:
    def __init__(self, name, budget):
        self.name = name
        self.budget = budget
        self.league = None

    def settle(self, wage_bill):
        self.budget -= wage_bill
        if self.budget < 0:
            self.league.withdraw(self)


class League:
    def __init__(self, name):
        self.name = name
        self.active = set()
        self.withdrawn = []

    def join(self, team):
        team.league = self
        self.active.add(team)

    def withdraw(self, team):
        self.active.discard(team)
        self.withdrawn.append(team.name)

    def end_of_season(self, wages):
        for team in self.active:
            team.settle(wages[team.name])


def main():
    league = League("Sunday Five-a-side")
    for name, budget in [("Rovers", 500), ("Athletic", 120), ("United", 900), ("Wanderers", 80)]:
        league.join(Team(name, budget))
    wages = {"Rovers": 300, "Athletic": 300, "United": 300, "Wanderers": 300}
    try:
        league.end_of_season(wages)
    except RuntimeError as exc:
        assert "Set changed size during iteration" in str(exc)
        assert len(league.withdrawn) == 1
        print("BUG SHOWN")
        return
    raise AssertionError("season settled")


if __name__ == "__main__":
    main()
