"""Nut nursery seedling dispatcher.

Seedling orders are rate limited per courier run, tray lookups fall back
to a quarantine tray, and failed moisture probes are chained into a
domain error.  Every name is bound on every path before it is read.
"""
import contextlib
import functools
from dataclasses import dataclass


class QuotaExceeded(Exception):
    pass


class ProbeFailed(Exception):
    pass


def run_quota(limit):
    def decorate(func):
        used = 0

        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            nonlocal used
            if used >= limit:
                raise QuotaExceeded(f"{func.__name__}: quota of {limit} used up")
            used += 1
            return func(*args, **kwargs)

        return wrapper

    return decorate


@dataclass(frozen=True)
class Seedling:
    tag: str
    species: str


TRAYS = {"hazel": "T1", "walnut": "T2", "chestnut": "T3"}
QUARANTINE = "TQ"


def tray_for(seedling):
    tray = QUARANTINE
    with contextlib.suppress(KeyError):
        tray = TRAYS[seedling.species]
    return tray


class MoistureProbe:
    def __init__(self, fail_first):
        self.fail_first = fail_first
        self.calls = 0

    def read(self, tray):
        self.calls += 1
        if self.calls <= self.fail_first:
            raise TimeoutError(f"probe timeout on {tray}")
        return 0.42


def moisture(probe, tray, attempts=3):
    last_error = None
    for _ in range(attempts):
        try:
            return probe.read(tray)
        except TimeoutError as exc:
            last_error = exc
    raise ProbeFailed(f"{tray}: no reading") from last_error


@run_quota(limit=3)
def dispatch(seedling):
    return f"{seedling.tag}->{tray_for(seedling)}"


def main():
    seedlings = [
        Seedling("N-1", "hazel"),
        Seedling("N-2", "pecan"),
        Seedling("N-3", "walnut"),
        Seedling("N-4", "chestnut"),
    ]
    sent, refused = [], []
    for seedling in seedlings:
        try:
            sent.append(dispatch(seedling))
        except QuotaExceeded:
            refused.append(seedling.tag)
    assert sent == ["N-1->T1", "N-2->TQ", "N-3->T2"], sent
    assert refused == ["N-4"], refused

    assert moisture(MoistureProbe(fail_first=1), "T1") == 0.42
    try:
        moisture(MoistureProbe(fail_first=5), "T2")
    except ProbeFailed as exc:
        assert isinstance(exc.__cause__, TimeoutError)
    else:
        raise AssertionError("probe should have failed")
    print(f"dispatched {sent}, refused {refused}")
    print("OK")


if __name__ == "__main__":
    main()
