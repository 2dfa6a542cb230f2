"""Retry helper with exponential backoff for flaky network calls."""
import functools
import random
import time


class RetryError(RuntimeError):
    """Raised when all attempts are exhausted."""


def compute_delay(attempt, base=0.01, cap=0.05):
    return min(cap, base * (2 ** attempt)) * random.uniform(0.5, 1.0)


def retry(attempts=3, retry_on=TRANSIENT_ERRORS, sleep=time.sleep):
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            last_exc = None
            for attempt in range(attempts):
                try:
                    return func(*args, **kwargs)
                except retry_on as exc:
                    last_exc = exc
                    sleep(compute_delay(attempt))
            raise RetryError(f"gave up after {attempts} attempts") from last_exc
        return wrapper
    return decorator


TRANSIENT_ERRORS = (ConnectionError, TimeoutError)


@retry(attempts=2)
def fetch_status(host):
    return f"{host}: 200 OK"


if __name__ == "__main__":
    print(fetch_status("api.internal"))
