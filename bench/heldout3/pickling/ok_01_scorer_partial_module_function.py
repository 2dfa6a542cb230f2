import functools
from concurrent.futures import ProcessPoolExecutor


def weighted_score(weights, candidate):
    total = sum(weights.values())
    return sum(weights.get(k, 0) * v for k, v in candidate.items()) / total


class Ranker:
    def __init__(self, weights, workers=2):
        self.scorer = functools.partial(weighted_score, dict(weights))
        self.workers = workers

    def rank(self, candidates):
        with ProcessPoolExecutor(max_workers=self.workers) as pool:
            futures = [pool.submit(self.scorer, c) for c in candidates]
            scores = [f.result() for f in futures]
        return sorted(zip(scores, range(len(candidates))), reverse=True)


def main():
    ranker = Ranker({"experience": 2, "referrals": 1})
    ranked = ranker.rank([{"experience": 1}, {"referrals": 4}, {"experience": 3, "referrals": 3}])
    assert [idx for _, idx in ranked] == [2, 1, 0]
    print("OK")


if __name__ == "__main__":
    main()
