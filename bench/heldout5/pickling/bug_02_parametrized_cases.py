import multiprocessing


class BaseCase:
    name = "base"

    def setup(self):
        pass

    def check(self):
        raise NotImplementedError

    def outcome(self):
        self.setup()
        try:
            self.check()
        except AssertionError as exc:
            return (self.name, "fail", str(exc))
        return (self.name, "pass", "")


def parametrize(func, cases):
    generated = []
    for args, expected in cases:
        class ParamCase(BaseCase):
            name = f"{func.__name__}{args}"

            def __init__(self, args=args, expected=expected):
                self.args = args
                self.expected = expected

            def check(self):
                got = func(*self.args)
                assert got == self.expected, f"{got!r} != {self.expected!r}"

        generated.append(ParamCase())
    return generated


def execute(case):
    return case.outcome()


def run_parallel(cases, processes=2):
    with multiprocessing.Pool(processes) as pool:
        return pool.map(execute, cases)


def add(a, b):
    return a + b


if __name__ == "__main__":
    cases = parametrize(add, [((1, 2), 3), ((2, 2), 5)])
    assert [c.outcome()[1] for c in cases] == ["pass", "fail"]
    try:
        run_parallel(cases)
    except AttributeError as exc:
        assert "Can't pickle local object" in str(exc), exc
        print("BUG SHOWN")
    else:
        raise SystemExit("cases ran in workers")
