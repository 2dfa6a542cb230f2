"""Amber archive: a read-through client for a flaky document archive.

Scanned amber-specimen records live in a remote archive that sometimes answers
with transient errors.  The client retries a few times and then reports the
record as unavailable, chaining the last transport error for diagnostics.
"""
import logging
import time
from collections import Counter

log = logging.getLogger("amber.archive")
log.addHandler(logging.NullHandler())


class TransientReadError(IOError):
    """The archive node was busy; the read may succeed if retried."""


class ArchiveUnavailable(Exception):
    """The record could not be read after all retries."""


class FlakyArchive:
    """In-memory stand-in for the archive service with scripted failures."""

    def __init__(self, records, failures):
        self._records = dict(records)
        self._failures = Counter(failures)
        self.calls = Counter()

    def read(self, key):
        self.calls[key] += 1
        if self._failures[key] > 0:
            self._failures[key] -= 1
            raise TransientReadError(f"node busy while reading {key!r}")
        return self._records[key]


class RetryPolicy:
    def __init__(self, attempts=3, backoff=0.0):
        self.attempts = attempts
        self.backoff = backoff

    def delays(self):
        for n in range(self.attempts):
            yield self.backoff * (2 ** n)


def fetch_record(archive, key, policy):
    for attempt, delay in enumerate(policy.delays(), start=1):
        try:
            return archive.read(key)
        except TransientReadError as err:
            log.info("attempt %d for %s failed: %s", attempt, key, err)
            time.sleep(delay)
    raise ArchiveUnavailable(
        f"{key}: gave up after {policy.attempts} attempts"
    ) from err


class SpecimenCatalogue:
    def __init__(self, archive, policy):
        self.archive = archive
        self.policy = policy
        self.cache = {}

    def describe(self, key):
        if key not in self.cache:
            self.cache[key] = fetch_record(self.archive, key, self.policy)
        return self.cache[key]


def main():
    archive = FlakyArchive(
        records={
            "AMB-001": "Baltic amber, trapped gnat, 12 g",
            "AMB-002": "Dominican amber, leaf fragment, 7 g",
            "AMB-003": "Burmese amber, feather barb, 3 g",
        },
        failures={"AMB-002": 1, "AMB-003": 5},
    )
    catalogue = SpecimenCatalogue(archive, RetryPolicy(attempts=3))
    for key in ("AMB-001", "AMB-002"):
        print(f"{key}: {catalogue.describe(key)}")
    try:
        catalogue.describe("AMB-003")
    except ArchiveUnavailable as exc:
        print(f"AMB-003 unavailable: {exc} (cause: {exc.__cause__})")
        print("reported as expected")
    except UnboundLocalError as exc:
        print(f"AMB-003 lookup crashed: {type(exc).__name__}: {exc}")
        print(f"archive calls: {dict(archive.calls)}")
        print("BUG SHOWN")


if __name__ == "__main__":
    main()
