"""Lime lab sample analyser client.

The analyser is a flaky instrument on a serial bus; reads are retried a
few times and, when every attempt fails, the last error is chained into
a domain-specific exception for the lab dashboard.
"""
import itertools
from dataclasses import dataclass


class InstrumentTimeout(Exception):
    pass


class AnalysisFailed(Exception):
    pass


@dataclass
class Reading:
    sample_id: str
    ph: float
    citric_acid: float


class FlakyAnalyser:
    """Simulated instrument: fails the first ``failures`` reads."""

    def __init__(self, failures):
        self._failures = failures
        self._calls = itertools.count(1)

    def read(self, sample_id):
        call = next(self._calls)
        if call <= self._failures:
            raise InstrumentTimeout(f"no response for {sample_id} (attempt {call})")
        return Reading(sample_id, ph=2.2, citric_acid=48.5)


class SampleClient:
    def __init__(self, analyser, attempts=3):
        self.analyser = analyser
        self.attempts = attempts
        self.attempt_log = []

    def measure(self, sample_id):
        for attempt in range(1, self.attempts + 1):
            try:
                return self.analyser.read(sample_id)
            except InstrumentTimeout as last_error:
                self.attempt_log.append((sample_id, attempt, str(last_error)))
        raise AnalysisFailed(
            f"{sample_id}: gave up after {self.attempts} attempts"
        ) from last_error


def run_batch(client, sample_ids):
    report = {}
    for sample_id in sample_ids:
        try:
            report[sample_id] = client.measure(sample_id)
        except AnalysisFailed as exc:
            report[sample_id] = f"failed ({exc.__cause__})"
    return report


def main():
    good = SampleClient(FlakyAnalyser(failures=1))
    print(run_batch(good, ["LIME-7"]))

    dead = SampleClient(FlakyAnalyser(failures=10))
    try:
        report = run_batch(dead, ["LIME-8"])
    except UnboundLocalError as exc:
        print(f"dashboard got {type(exc).__name__} instead of AnalysisFailed: {exc}")
        print(f"attempts logged: {len(dead.attempt_log)}")
        print("BUG SHOWN")
        return
    print(report)


if __name__ == "__main__":
    main()
