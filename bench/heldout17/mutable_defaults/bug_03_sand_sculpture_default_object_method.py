"""Sand sculpture contest: judges' votes are tallied per entry."""


class Tally:
    def __init__(self):
        self.votes = {}

    def add(self, judge, score):
        self.votes[judge] = score

    def average(self):
        if not self.votes:
            return 0.0
        return sum(self.votes.values()) / len(self.votes)

    def judges(self):
        return sorted(self.votes)


class Entry:
    def __init__(self, team, title):
        self.team = team
        self.title = title


def judge_entry(entry, scores, tally=Tally()):
    for judge, score in scores.items():
        tally.add(judge, score)
    return tally


class Contest:
    def __init__(self, beach):
        self.beach = beach
        self.tallies = {}

    def judge(self, entry, scores):
        self.tallies[entry.team] = judge_entry(entry, scores)

    def leaderboard(self):
        return sorted(self.tallies, key=lambda t: -self.tallies[t].average())


def main():
    contest = Contest("Westward Sands")
    contest.judge(Entry("Dune Buddies", "Kraken"), {"Ray": 9, "Mo": 8})
    contest.judge(Entry("Shore Things", "Lighthouse"), {"Ray": 6, "Jo": 7})
    s = contest.tallies["Shore Things"]
    print("Shore Things judged by", s.judges(), "average", s.average())
    if s.judges() != ["Jo", "Ray"] or s.average() != 6.5:
        print("BUG SHOWN")
        return
    print("OK")


if __name__ == "__main__":
    main()
