import pickle
from concurrent.futures import ProcessPoolExecutor


def make_scorer(weights):
    total = sum(weights.values())

    def score(candidate):
        return sum(weights.get(k, 0) * v for k, v in candidate.items()) / total

    return score


class Ranker:
    def __init__(self, weights, workers=2):
        self.scorer = make_scorer(weights)
        self.workers = workers

    def rank(self, candidates):
        with ProcessPoolExecutor(max_workers=self.workers) as pool:
            futures = [pool.submit(self.scorer, c) for c in candidates]
            scores = [f.result() for f in futures]
        return sorted(zip(scores, range(len(candidates))), reverse=True)


def main():
    ranker = Ranker({"experience": 2, "referrals": 1})
    assert ranker.scorer({"experience": 3, "referrals": 3}) == 3
    try:
        ranker.rank([{"experience": 1}, {"referrals": 4}])
    except (pickle.PicklingError, AttributeError) as exc:
        assert "local object" in str(exc)
        print("BUG SHOWN")
    else:
        raise AssertionError("ranked in worker processes")


if __name__ == "__main__":
    main()
