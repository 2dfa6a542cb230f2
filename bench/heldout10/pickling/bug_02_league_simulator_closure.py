import multiprocessing
import random


class Fixture:
    def __init__(self, home, away, home_rating, away_rating):
        self.home = home
        self.away = away
        self.home_rating = home_rating
        self.away_rating = away_rating


def make_simulator(home_advantage, seed):
    def simulate(fixture):
        rng = random.Random(f"{seed}:{fixture.home}:{fixture.away}")
        edge = fixture.home_rating + home_advantage - fixture.away_rating
        home_goals = max(0, round(rng.gauss(1.4 + edge / 400, 1)))
        away_goals = max(0, round(rng.gauss(1.1 - edge / 400, 1)))
        return fixture.home, fixture.away, home_goals, away_goals
    return simulate


class SeasonSimulator:
    def __init__(self, fixtures, home_advantage=60):
        self.fixtures = fixtures
        self.simulate = make_simulator(home_advantage, seed=2024)

    def run(self, processes=2):
        with multiprocessing.Pool(processes) as pool:
            return pool.map(self.simulate, self.fixtures)


def main():
    fixtures = [Fixture("Rovers", "United", 1540, 1500), Fixture("Athletic", "Rovers", 1480, 1540)]
    season = SeasonSimulator(fixtures)
    assert len(season.simulate(fixtures[0])) == 4
    try:
        season.run()
    except (AttributeError, TypeError) as exc:
        assert "pickle" in str(exc) and "make_simulator.<locals>.simulate" in str(exc), exc
        print("BUG SHOWN")
        return
    raise AssertionError("season simulated in pool")


if __name__ == "__main__":
    main()
