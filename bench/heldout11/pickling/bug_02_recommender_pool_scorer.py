import multiprocessing


def make_scorer(weights, penalties):
    def score(candidate):
        item, features = candidate
        value = sum(weights.get(k, 0.0) * v for k, v in features.items())
        value -= penalties.get(item, 0.0)
        return item, round(value, 3)
    return score


class RankingJob:
    def __init__(self, weights, penalties=None, processes=2):
        self.scorer = make_scorer(weights, penalties or {})
        self.processes = processes

    def rank_serial(self, candidates):
        scored = map(self.scorer, candidates.items())
        return sorted(scored, key=lambda pair: -pair[1])

    def rank(self, candidates):
        with multiprocessing.Pool(self.processes) as pool:
            scored = pool.map(self.scorer, list(candidates.items()))
        return sorted(scored, key=lambda pair: -pair[1])


if __name__ == "__main__":
    candidates = {
        "hiking-boots": {"clicked_outdoor": 1.0, "price_fit": 0.4},
        "tent": {"clicked_outdoor": 0.8, "price_fit": 0.1},
        "yoga-mat": {"clicked_fitness": 1.0, "price_fit": 0.9},
    }
    job = RankingJob({"clicked_outdoor": 2.0, "clicked_fitness": 0.5, "price_fit": 1.0},
                     penalties={"tent": 0.5})
    assert job.rank_serial(candidates)[0] == ("hiking-boots", 2.4)
    try:
        job.rank(candidates)
    except AttributeError as exc:
        assert "make_scorer.<locals>.score" in str(exc), exc
        print("BUG SHOWN")
    else:
        raise AssertionError("scorer was unexpectedly pickled")
