from .markers import should_skip


class TestResult:
    def __init__(self):
        self.passed = []
        self.failed = []
        self.deselected = []


class Session:
    def __init__(self, options=None):
        self.options = options or {}
        self.items = []
        self.result = TestResult()

    def collect(self, module):
        for name in sorted(vars(module)):
            if name.startswith("test_"):
                self.items.append(getattr(module, name))

    def deselect(self, item):
        self.items.remove(item)
        self.result.deselected.append(item.__name__)

    def run(self):
        for item in self.items:
            if should_skip(item, self.options):
                self.deselect(item)
                continue
            try:
                item()
            except AssertionError:
                self.result.failed.append(item.__name__)
            else:
                self.result.passed.append(item.__name__)
        return self.result
