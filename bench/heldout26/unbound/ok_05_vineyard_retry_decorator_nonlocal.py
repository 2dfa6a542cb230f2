"""Vineyard harvest telemetry: reading sugar levels from field probes.

Probes on the far slopes drop their radio link now and then, so reads go
through a retry decorator that also counts how many reads were attempted.
"""
import functools
from dataclasses import dataclass, field
from typing import ClassVar


class ProbeTimeout(Exception):
    pass


class ReadingUnavailable(Exception):
    pass


def retried(times):
    def decorator(func):
        attempts = 0

        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            nonlocal attempts
            last_error = None
            for _ in range(times):
                attempts += 1
                try:
                    return func(*args, **kwargs)
                except ProbeTimeout as err:
                    last_error = err
            raise ReadingUnavailable(f"{func.__name__}: {last_error}") from last_error

        wrapper.attempts = lambda: attempts
        return wrapper

    return decorator


DEFAULT_ROWS = ("syrah-north", "syrah-south", "viognier")


@dataclass
class HarvestPlan:
    HOUSE_ROWS: ClassVar[tuple] = DEFAULT_ROWS
    block: str
    rows: list = field(default_factory=lambda: list(DEFAULT_ROWS))


class ProbeNetwork:
    def __init__(self, flaky):
        self._flaky = dict(flaky)

    def brix(self, row):
        remaining = self._flaky.get(row, 0)
        if remaining:
            self._flaky[row] = remaining - 1
            raise ProbeTimeout(f"no answer from {row}")
        return {"syrah-north": 24, "syrah-south": 23, "viognier": 22}[row]


def main():
    network = ProbeNetwork(flaky={"syrah-south": 2, "viognier": 5})

    @retried(times=3)
    def read_brix(row):
        return network.brix(row)

    plan = HarvestPlan(block="east terrace")
    readings = {}
    missing = []
    for row in plan.rows:
        try:
            readings[row] = read_brix(row)
        except ReadingUnavailable:
            missing.append(row)

    assert readings == {"syrah-north": 24, "syrah-south": 23}, readings
    assert missing == ["viognier"], missing
    assert read_brix.attempts() == 1 + 3 + 3, read_brix.attempts()
    print(f"readings: {readings}, missing: {missing}")
    print("OK")


if __name__ == "__main__":
    main()
