import traceback
from concurrent.futures import ProcessPoolExecutor


class TestResult:
    def __init__(self, name, ok, detail=""):
        self.name = name
        self.ok = ok
        self.detail = detail

    def __repr__(self):
        return f"<{self.name} {'ok' if self.ok else 'FAIL'}>"


def parametrize(name, cases):
    def expand(check):
        tests = []
        for index, args in enumerate(cases):
            def test_case(args=args):
                check(*args)
            test_case.__name__ = f"{name}[{index}]"
            tests.append(test_case)
        return tests
    return expand


def run_one(test):
    try:
        test()
    except AssertionError:
        return TestResult(test.__name__, False, traceback.format_exc(limit=1))
    return TestResult(test.__name__, True)


def check_slug(title, expected):
    assert title.lower().replace(" ", "-") == expected


class ParallelRunner:
    def __init__(self, workers=2):
        self.workers = workers
        self.results = []
        self.errors = []

    def run(self, tests):
        with ProcessPoolExecutor(max_workers=self.workers) as pool:
            futures = {pool.submit(run_one, test): test for test in tests}
            for future, test in futures.items():
                try:
                    self.results.append(future.result(timeout=10))
                except Exception as exc:
                    self.errors.append((test.__name__, exc))
        return self.results


def main():
    tests = parametrize("test_slug", [("Hello World", "hello-world"), ("A B", "a-b")])(check_slug)
    assert [run_one(t).ok for t in tests] == [True, True]
    runner = ParallelRunner()
    runner.run(tests)
    assert runner.results == []
    assert [name for name, _ in runner.errors] == ["test_slug[0]", "test_slug[1]"]
    name, exc = runner.errors[0]
    assert "pickle" in str(exc).lower() and "local object" in str(exc), exc
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
