import functools
import time
from concurrent.futures import ProcessPoolExecutor

TIMINGS = {}
RISK_WEIGHTS = {"water": 1.4, "fire": 2.1, "theft": 1.2, "hail": 0.9}


def timed(metric_name):
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            started = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                TIMINGS.setdefault(metric_name, []).append(time.perf_counter() - started)
        wrapper.metric_name = metric_name
        return wrapper
    return decorate


@timed("claims.assess")
def assess_claim(claim):
    claim_id, peril, amount, prior_claims = claim
    weight = RISK_WEIGHTS.get(peril, 1.0)
    fraud_score = min(1.0, 0.05 * prior_claims + (0.2 if amount > 20_000 else 0.0))
    reserve = round(amount * weight * (1 + fraud_score), 2)
    return claim_id, reserve, "refer" if fraud_score >= 0.3 else "auto"


class ClaimsBatch:
    def __init__(self, assessor, workers=2):
        self.assessor = assessor
        self.workers = workers

    def run(self, claims):
        with ProcessPoolExecutor(max_workers=self.workers) as pool:
            return {cid: (reserve, route) for cid, reserve, route in pool.map(self.assessor, claims)}


def main():
    claims = [("CLM-1001", "water", 4_300, 0), ("CLM-1002", "fire", 48_000, 3),
              ("CLM-1003", "theft", 900, 1)]
    results = ClaimsBatch(assess_claim).run(claims)
    assert results["CLM-1001"] == (6020.0, "auto"), results
    assert results["CLM-1002"][1] == "refer"
    assert len(results) == 3
    print("OK")


if __name__ == "__main__":
    main()
