from .case import TestCase


class Loader:
    def discover(self, *classes):
        for cls in classes:
            for attr in sorted(vars(cls)):
                if attr.startswith("test_"):
                    yield cls(attr)


class TextRunner:
    def __init__(self):
        self.outcomes = []

    def run(self, tests):
        for test in tests:
            self.outcomes.append(test.run())
        return self.outcomes

    def summary(self):
        passed = sum(o.passed for o in self.outcomes)
        return f"{passed}/{len(self.outcomes)} passed"
