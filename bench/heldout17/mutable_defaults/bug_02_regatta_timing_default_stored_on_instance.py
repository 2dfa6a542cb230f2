"""Sailing regatta timing: race objects collect finishing times."""

from datetime import timedelta


class Finish:
    def __init__(self, boat, elapsed, handicap):
        self.boat = boat
        self.elapsed = elapsed
        self.handicap = handicap

    @property
    def corrected(self):
        return self.elapsed * self.handicap


class Race:
    def __init__(self, race_no, course, finishers=[]):
        self.race_no = race_no
        self.course = course
        self.finishers = finishers

    def log_finish(self, boat, minutes, handicap=1.0):
        self.finishers.append(Finish(boat, timedelta(minutes=minutes), handicap))

    def results(self):
        return [f.boat for f in sorted(self.finishers, key=lambda f: f.corrected)]


class Series:
    def __init__(self, club):
        self.club = club
        self.races = []

    def new_race(self, course):
        race = Race(len(self.races) + 1, course)
        self.races.append(race)
        return race


def main():
    series = Series("Harbour SC")
    r1 = series.new_race("windward-leeward")
    r1.log_finish("Osprey", 52, 0.95)
    r1.log_finish("Kittiwake", 50, 1.02)
    r2 = series.new_race("triangle")
    r2.log_finish("Petrel", 61, 1.0)
    print("race 2 results:", r2.results())
    if r2.results() != ["Petrel"]:
        print("BUG SHOWN")
        return
    print("OK")


if __name__ == "__main__":
    main()
