"""Retry decorator with a callback hook between attempts."""
import functools


class RetryExhausted(Exception):
    pass


def retry(attempts=3, exceptions=(Exception,), on_retry=None):
    def decorator(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            for attempt in range(1, attempts + 1):
                try:
                    return fn(*args, **kwargs)
                except exceptions as exc:
                    if on_retry is not None:
                        on_retry(fn.__name__, attempt, exc)
            raise RetryExhausted(
                f"{fn.__name__} failed after {attempts} attempts"
            ) from exc
        return wrapper
    return decorator


class FlakyService:
    def __init__(self, failures):
        self.failures = failures
        self.calls = 0

    def fetch(self):
        self.calls += 1
        if self.calls <= self.failures:
            raise ConnectionError(f"attempt {self.calls} refused")
        return {"status": "ok", "calls": self.calls}


if __name__ == "__main__":
    retries = []
    note = lambda name, attempt, exc: retries.append((name, attempt))

    recovering = FlakyService(failures=2)
    fetch = retry(attempts=3, on_retry=note)(recovering.fetch)
    assert fetch() == {"status": "ok", "calls": 3}
    assert len(retries) == 2

    broken = FlakyService(failures=10)
    fetch_broken = retry(attempts=3, exceptions=(ConnectionError,), on_retry=note)(broken.fetch)
    try:
        fetch_broken()
    except UnboundLocalError as exc:
        assert "exc" in str(exc)
    else:
        raise AssertionError("expected the wrapper itself to fail")
    assert broken.calls == 3
    print("BUG SHOWN")
