"""Bowling alley league night: score every lane's games in worker processes."""

import pickle
from concurrent.futures import ProcessPoolExecutor


def tenpin_score(rolls):
    score, i = 0, 0
    for _ in range(10):
        if rolls[i] == 10:
            score += 10 + rolls[i + 1] + rolls[i + 2]
            i += 1
        elif rolls[i] + rolls[i + 1] == 10:
            score += 10 + rolls[i + 2]
            i += 2
        else:
            score += rolls[i] + rolls[i + 1]
            i += 2
    return score


SCORING = {
    "tenpin": tenpin_score,
    "no-tap": lambda rolls: tenpin_score([10 if r >= 9 else r for r in rolls]),
}


class Lane:
    def __init__(self, number, variant, games):
        self.number = number
        self.variant = variant
        self.games = games


class LeagueNight:
    def __init__(self, lanes, workers=2):
        self.lanes = lanes
        self.workers = workers

    def score_lane(self, pool, lane):
        scorer = SCORING[lane.variant]
        return list(pool.map(scorer, lane.games))

    def standings(self):
        results = {}
        with ProcessPoolExecutor(max_workers=self.workers) as pool:
            for lane in self.lanes:
                results[lane.number] = self.score_lane(pool, lane)
        return results


def main():
    perfect = [10] * 12
    open_game = [9, 0] * 10
    spare_game = [5, 5] * 10 + [5]
    night = LeagueNight([
        Lane(1, "tenpin", [perfect, open_game]),
        Lane(2, "no-tap", [open_game, spare_game]),
    ])
    try:
        table = night.standings()
    except (pickle.PicklingError, AttributeError, TypeError) as exc:
        print(f"scoring failed: {type(exc).__name__}: {exc}")
        print("BUG SHOWN")
        return
    print(table)
    print("OK")


if __name__ == "__main__":
    main()
