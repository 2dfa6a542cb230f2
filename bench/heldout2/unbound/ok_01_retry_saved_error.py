import functools


class TransientError(Exception):
    pass


class RetryExhausted(Exception):
    pass


def retry(attempts=3, exceptions=(TransientError,)):
    def decorator(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            last_error = None
            for attempt in range(1, attempts + 1):
                try:
                    return fn(*args, **kwargs)
                except exceptions as err:
                    last_error = err
            raise RetryExhausted(
                f"{fn.__name__} failed after {attempts} attempts"
            ) from last_error

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
    assert Client(failures=2).fetch("/health")["status"] == 200
    client = Client(failures=10)
    try:
        client.fetch("/orders")
    except RetryExhausted as exc:
        assert isinstance(exc.__cause__, TransientError)
        assert client.calls == 3
        print("OK")
    else:
        raise AssertionError("expected RetryExhausted")


if __name__ == "__main__":
    main()
