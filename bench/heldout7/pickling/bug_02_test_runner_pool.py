import multiprocessing as mp
import threading


def check_addition():
    assert 1 + 1 == 2


def check_split():
    assert "a,b".split(",") == ["a", "b"]


class ParallelRunner:
    def __init__(self, tests, jobs=2):
        self.tests = {t.__name__: t for t in tests}
        self.jobs = jobs
        self._report_lock = threading.Lock()
        self.report = []

    def run_one(self, name):
        try:
            self.tests[name]()
        except AssertionError as exc:
            return name, "FAIL", str(exc)
        return name, "PASS", ""

    def _record(self, results):
        with self._report_lock:
            self.report.extend(results)

    def run(self):
        with mp.Pool(self.jobs) as pool:
            self._record(pool.map(self.run_one, sorted(self.tests)))
        return self.report


def main():
    runner = ParallelRunner([check_addition, check_split])
    try:
        runner.run()
    except TypeError as exc:
        assert "cannot pickle '_thread.lock' object" in str(exc), exc
        print("BUG SHOWN")
        return
    raise AssertionError("runner finished")


if __name__ == "__main__":
    main()
