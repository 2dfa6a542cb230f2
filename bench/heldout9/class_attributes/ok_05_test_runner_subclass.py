class TestResult:
    def __init__(self):
        self.passed = []
        self.failed = []


class TestCase:
    collected = ()

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.collected = [name for name in sorted(vars(cls)) if name.startswith("test_")]

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
assert result.passed == ["MathTests.test_add"] and result.failed == []
result = ParserTests.run(TestResult())
assert len(result.passed) == 2
assert TestCase.collected == ()
print("OK")
