"""Tractor pull scoring: each competitor keeps a record of their pulls."""


class Competitor:
    pulls = []
    best = 0.0

    def __init__(self, driver, tractor):
        self.driver = driver
        self.tractor = tractor

    def record(self, distance):
        self.pulls.append(distance)
        if distance > self.best:
            self.best = distance

    def attempts(self):
        return len(self.pulls)


class Event:
    MAX_ATTEMPTS = 2

    def __init__(self, name):
        self.name = name
        self.entries = []

    def enter(self, competitor):
        self.entries.append(competitor)

    def run_round(self, distances):
        for comp, dist in zip(self.entries, distances):
            if comp.attempts() >= self.MAX_ATTEMPTS:
                continue
            comp.record(dist)

    def leaderboard(self):
        return sorted(((c.best, c.driver) for c in self.entries), reverse=True)


def main():
    ev = Event("Heavy Modified")
    for driver, tractor in [("Ruth", "Big Red"), ("Sam", "Old Blue"), ("Tom", "Diesel Dan")]:
        ev.enter(Competitor(driver, tractor))
    ev.run_round([91.2, 88.0, 95.5])
    ev.run_round([93.1, 90.4, 94.0])
    tom = ev.entries[2]
    print("leaderboard:", ev.leaderboard())
    print("Tom's attempts:", tom.attempts())
    if tom.attempts() != 2 or ev.leaderboard()[0][1] != "Tom":
        print("pulls from every driver are in one shared list")
        print("BUG SHOWN")
    else:
        print("OK")


if __name__ == "__main__":
    main()
