class Team:
    stats = {"played": 0, "won": 0, "drawn": 0, "lost": 0, "points": 0}
    rating = 1500

    def __init__(self, name):
        self.name = name

    def record(self, result):
        self.stats["played"] += 1
        self.stats[result] += 1
        self.stats["points"] += {"won": 3, "drawn": 1, "lost": 0}[result]

    def adjust_rating(self, delta):
        self.rating += delta


class League:
    def __init__(self, *names):
        self.teams = {n: Team(n) for n in names}

    def report(self, home, away, home_goals, away_goals):
        h, a = self.teams[home], self.teams[away]
        if home_goals > away_goals:
            h.record("won"); a.record("lost"); h.adjust_rating(12); a.adjust_rating(-12)
        elif home_goals < away_goals:
            h.record("lost"); a.record("won"); h.adjust_rating(-12); a.adjust_rating(12)
        else:
            h.record("drawn"); a.record("drawn")

    def table(self):
        return sorted(self.teams.values(), key=lambda t: -t.stats["points"])


def main():
    league = League("Rovers", "United", "Athletic")
    league.report("Rovers", "United", 2, 0)
    league.report("Athletic", "Rovers", 1, 1)
    athletic = league.teams["Athletic"]
    assert athletic.rating == 1500 and league.teams["Rovers"].rating == 1512
    assert athletic.stats["played"] == 4, athletic.stats
    assert athletic.stats["won"] == 1
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
