"""Berth reservation client for a small marina.

The harbour office exposes a flaky booking endpoint.  The client retries a
few times following a backoff policy before giving up and raising a domain
error that wraps the last transport failure for the caller to inspect.
"""
import itertools
import logging
from dataclasses import dataclass

log = logging.getLogger("marina.booking")


class TransportError(Exception):
    """The harbour office endpoint did not answer properly."""


class BerthUnavailable(Exception):
    """No berth could be booked for the vessel."""


@dataclass(frozen=True)
class Confirmation:
    vessel: str
    berth: str
    nights: int


class HarbourOffice:
    """Stand-in for the remote endpoint; fails a scripted number of times."""

    def __init__(self, failures):
        self._failures = iter(failures)
        self.calls = 0

    def reserve(self, vessel, length_m, nights):
        self.calls += 1
        failure = next(self._failures, None)
        if failure is not None:
            raise TransportError(failure)
        pontoon = "ABCD"[min(int(length_m) // 5, 3)]
        return Confirmation(vessel, f"{pontoon}{self.calls:02d}", nights)


class BackoffPolicy:
    def __init__(self, attempts=3, base=0.25, factor=2.0):
        self.attempts = attempts
        self.base = base
        self.factor = factor

    def delays(self):
        schedule = (self.base * self.factor ** n for n in itertools.count())
        return itertools.islice(schedule, self.attempts)


class BerthClient:
    def __init__(self, office, policy=None):
        self.office = office
        self.policy = policy or BackoffPolicy()
        self.waited = []

    def _pause(self, delay):
        # A production client would sleep; the simulation only records it.
        self.waited.append(delay)

    def book(self, vessel, length_m, nights):
        attempt = 0
        for attempt, delay in enumerate(self.policy.delays(), start=1):
            try:
                confirmation = self.office.reserve(vessel, length_m, nights)
            except TransportError as err:
                log.debug("attempt %d for %s failed: %s", attempt, vessel, err)
                self._pause(delay)
                continue
            log.debug("booked %s on attempt %d", vessel, attempt)
            return confirmation
        raise BerthUnavailable(
            f"{vessel}: gave up after {attempt} attempts"
        ) from err


def book_season(client, requests):
    booked, failed = [], []
    for vessel, length_m, nights in requests:
        try:
            booked.append(client.book(vessel, length_m, nights))
        except BerthUnavailable as exc:
            failed.append((vessel, str(exc.__cause__)))
    return booked, failed


def main():
    steady = BerthClient(HarbourOffice(["timeout"]))
    booked, failed = book_season(steady, [("Sea Breeze", 11.5, 3)])
    print("steady office:", [c.berth for c in booked], failed)

    flaky = BerthClient(HarbourOffice(["timeout", "reset", "timeout", "timeout"]))
    try:
        booked, failed = book_season(flaky, [("Northern Star", 14.0, 2)])
    except UnboundLocalError as exc:
        print("client crashed while reporting the failure:", exc)
        print("BUG SHOWN")
        return
    print("flaky office:", booked, failed)


if __name__ == "__main__":
    main()
