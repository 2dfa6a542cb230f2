import time


class Outcome:
    def __init__(self, name, passed, attempts, duration, error=None):
        self.name = name
        self.passed = passed
        self.attempts = attempts
        self.duration = duration
        self.error = error


class TestCase:
    retries = 1

    def __init__(self, name):
        self.name = name

    def setUp(self):
        pass

    def tearDown(self):
        pass

    def _attempt(self):
        method = getattr(self, self.name)
        self.setUp()
        try:
            method()
            return None
        except AssertionError as exc:
            return exc
        finally:
            self.tearDown()

    def run(self):
        started = time.perf_counter()
        for attempt in range(1, self.retries + 1):
            error = self._attempt()
            if error is None:
                break
        return Outcome(self.name, error is None, attempt, time.perf_counter() - started, error)
