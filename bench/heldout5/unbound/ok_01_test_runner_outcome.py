RUN_COUNTER = 0
DEFAULT_TAG = "unit"


class TestResult:
    def __init__(self, name, status, detail=None):
        self.name = name
        self.status = status
        self.detail = detail


class TestRunner:
    def __init__(self, tag=None):
        self.tag = tag
        self.results = []

    def _select_tag(self, test):
        tag = getattr(test, "tag", None)
        if tag is None:
            tag = self.tag
        elif tag == "*":
            tag = DEFAULT_TAG
        else:
            tag = tag.lower()
        return tag

    def run_one(self, test):
        global RUN_COUNTER
        RUN_COUNTER += 1
        failure = None
        try:
            test()
        except AssertionError as exc:
            failure = exc
        status = "fail" if failure is not None else "pass"
        detail = str(failure) if failure is not None else None
        result = TestResult(test.__name__, status, detail)
        self.results.append(result)
        return result

    def run(self, tests):
        summary = None
        for test in tests:
            self.run_one(test)
            summary = f"{len(self.results)} run"
        if summary is None:
            summary = "no tests"
        return summary


def test_addition():
    assert 1 + 1 == 2


def test_broken():
    assert [] == [0], "lists differ"


if __name__ == "__main__":
    runner = TestRunner()
    assert runner.run([test_addition, test_broken]) == "2 run"
    assert [r.status for r in runner.results] == ["pass", "fail"]
    assert runner.results[1].detail == "lists differ"
    assert TestRunner().run([]) == "no tests"
    assert RUN_COUNTER == 2
    print("OK")
