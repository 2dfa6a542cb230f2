import traceback


class TestOutcome:
    def __init__(self, name, passed, detail=""):
        self.name = name
        self.passed = passed
        self.detail = detail


class TestSuite:
    outcomes = []
    name = "suite"

    def tests(self):
        return sorted(n for n in dir(self) if n.startswith("test_"))

    def record(self, outcome):
        self.outcomes.append(outcome)

    def run(self):
        for test in self.tests():
            try:
                getattr(self, test)()
            except AssertionError:
                self.record(TestOutcome(test, False, traceback.format_exc(limit=1)))
            else:
                self.record(TestOutcome(test, True))
        return self

    def summary(self):
        failed = [o.name for o in self.outcomes if not o.passed]
        return f"{self.name}: {len(self.outcomes)} run, {len(failed)} failed"


class ParserTests(TestSuite):
    name = "parser"

    def test_empty(self):
        assert "".split(",") == [""]

    def test_bad(self):
        assert int("10", 2) == 10


class LexerTests(TestSuite):
    name = "lexer"

    def test_tokens(self):
        assert "a b".split() == ["a", "b"]


def main():
    ParserTests().run()
    lexer = LexerTests().run()
    assert lexer.summary() == "lexer: 3 run, 1 failed", lexer.summary()
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
