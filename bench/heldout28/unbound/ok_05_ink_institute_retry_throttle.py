"""Ink institute: client for the institute's pigment-analysis lab service.

Spectrometer requests are rate limited per window and retried when the lab
queue times out; after the last failed attempt the client reports the
final error to the caller.
"""
import functools
import logging


class ListHandler(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []

    def emit(self, record):
        self.records.append(self.format(record))


log = logging.getLogger("ink_institute")
log.propagate = False
log.setLevel(logging.INFO)
_handler = ListHandler()
log.addHandler(_handler)


class LabTimeout(Exception):
    pass


class LabUnavailable(Exception):
    pass


class RateLimited(Exception):
    pass


class StepClock:
    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now


CLOCK = StepClock()


def throttled(max_calls, window=1.0, clock=CLOCK):
    def decorate(fn):
        window_start = clock()
        calls = 0

        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            nonlocal window_start, calls
            now = clock()
            if now - window_start >= window:
                window_start = now
                calls = 0
            if calls >= max_calls:
                raise RateLimited(fn.__name__)
            calls += 1
            return fn(*args, **kwargs)

        return wrapper

    return decorate


class Spectrometer:
    def __init__(self, busy_samples):
        self.busy_samples = set(busy_samples)

    @throttled(max_calls=10, window=1.0)
    def analyse(self, sample):
        if sample in self.busy_samples:
            raise LabTimeout(f"queue timeout for {sample}")
        return {"sample": sample, "peak_nm": 400 + 7 * len(sample)}


def analyse_with_retry(device, sample, attempts=3):
    last_error = None
    for attempt in range(1, attempts + 1):
        try:
            return device.analyse(sample)
        except LabTimeout as err:
            log.warning("attempt %d/%d for %s failed: %s", attempt, attempts, sample, err)
            last_error = err
    raise LabUnavailable(f"{sample}: gave up after {attempts} attempts") from last_error


def main():
    device = Spectrometer(busy_samples={"iron-gall"})
    results, failures = [], []
    for sample in ["carbon-black", "iron-gall", "indigo"]:
        try:
            results.append(analyse_with_retry(device, sample))
        except LabUnavailable as exc:
            failures.append((sample, exc.__cause__))
    for row in results:
        print(f"{row['sample']}: peak at {row['peak_nm']} nm")
    assert [s for s, _ in failures] == ["iron-gall"]
    assert isinstance(failures[0][1], LabTimeout)
    assert len(_handler.records) == 3
    print("OK")


if __name__ == "__main__":
    main()
