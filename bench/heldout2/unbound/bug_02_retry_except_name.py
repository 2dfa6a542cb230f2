import functools


class TransientError(Exception):
    pass


class RetryExhausted(Exception):
    pass


ATTEMPT_LOG = []


def _log_attempt(name, attempt, error):
    ATTEMPT_LOG.append((name, attempt, type(error).__name__))


def retry(attempts=3, exceptions=(TransientError,)):
    def decorator(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            for attempt in range(1, attempts + 1):
                try:
                    return fn(*args, **kwargs)
                except exceptions as err:
                    _log_attempt(fn.__name__, attempt, err)
            raise RetryExhausted(
                f"{fn.__name__} failed after {attempts} attempts"
            ) from err

        return wrapper

    return decorator


class Client:
    def __init__(self, failures):
        self.failures = failures
        self.calls = 0

    @retry(attempts=3)
    def fetch(self, path):
        self.calls += 1
        if self.calls <= self.failures:
            raise TransientError(f"503 on {path}")
        return {"path": path, "status": 200}


def main():
    assert Client(failures=1).fetch("/health")["status"] == 200
    client = Client(failures=10)
    try:
        client.fetch("/orders")
    except RetryExhausted:
        raise AssertionError("retry chain worked")
    except UnboundLocalError as exc:
        assert "err" in str(exc)
        assert client.calls == 3
        print("BUG SHOWN")


if __name__ == "__main__":
    main()
