"""Jade jeweller appraisal service.

Appraisal requests are expensive (they call out to a gem lab), so the
service wraps them in a small quota decorator that counts calls per
appraiser and refuses work once the daily quota is reached.
"""
import functools
from dataclasses import dataclass


class QuotaExceeded(Exception):
    pass


def daily_quota(limit):
    """Allow at most ``limit`` calls of the wrapped function."""

    def decorate(func):
        used = 0

        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            if used >= limit:
                raise QuotaExceeded(f"{func.__name__}: quota of {limit} used up")
            used += 1
            return func(*args, **kwargs)

        wrapper.quota_limit = limit
        return wrapper

    return decorate


@dataclass(frozen=True)
class Stone:
    sku: str
    carats: float
    clarity: str


CLARITY_FACTOR = {"FL": 2.0, "VVS1": 1.6, "VS1": 1.3, "SI1": 1.0}
BASE_PRICE_PER_CARAT = 1200.0


@daily_quota(limit=3)
def appraise(stone):
    factor = CLARITY_FACTOR.get(stone.clarity, 0.8)
    return round(stone.carats * BASE_PRICE_PER_CARAT * factor, 2)


class AppraisalDesk:
    def __init__(self):
        self.results = {}
        self.errors = []

    def process(self, stones):
        for stone in stones:
            try:
                self.results[stone.sku] = appraise(stone)
            except QuotaExceeded as exc:
                self.errors.append(str(exc))
                break
        return self.results


def main():
    stones = [
        Stone("JD-001", 1.2, "VS1"),
        Stone("JD-002", 0.8, "FL"),
        Stone("JD-003", 2.1, "SI1"),
    ]
    desk = AppraisalDesk()
    try:
        desk.process(stones)
    except UnboundLocalError as exc:
        print(f"appraisal desk crashed: {exc}")
        print(f"appraised {len(desk.results)} of {len(stones)} stones")
        print("BUG SHOWN")
        return
    print(f"appraised: {desk.results}")


if __name__ == "__main__":
    main()
