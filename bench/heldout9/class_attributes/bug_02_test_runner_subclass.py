class TestResult:
    def __init__(self):
        self.passed = []
        self.failed = []


class TestCase:
    collected = []

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        for name in sorted(vars(cls)):
            if name.startswith("test_"):
                cls.collected.append(name)

    def setUp(self):
        pass

    @classmethod
    def run(cls, result):
        for name in cls.collected:
            case = cls()
            case.setUp()
            try:
                getattr(case, name)()
            except AssertionError:
                result.failed.append(f"{cls.__name__}.{name}")
            except AttributeError:
                result.failed.append(f"{cls.__name__}.{name} (missing)")
            else:
                result.passed.append(f"{cls.__name__}.{name}")
        return result


class ParserTests(TestCase):
    def test_empty(self):
        assert "".split() == []

    def test_words(self):
        assert "a b".split() == ["a", "b"]


class MathTests(TestCase):
    def test_add(self):
        assert 1 + 1 == 2


result = MathTests.run(TestResult())
assert "MathTests.test_empty (missing)" in result.failed
assert len(result.passed) == 1
print("BUG SHOWN")
