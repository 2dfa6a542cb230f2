from .runner import Loader, TextRunner
from .suites import ArithmeticTests, ExpensiveTests, NetworkTests


def main():
    runner = TextRunner()
    runner.run(Loader().discover(ArithmeticTests, NetworkTests))
    assert runner.summary() == "3/3 passed"
    assert runner.outcomes[-1].attempts == 2
    try:
        runner.run(Loader().discover(ExpensiveTests))
    except UnboundLocalError as exc:
        assert "error" in str(exc) or "attempt" in str(exc)
        assert len(runner.outcomes) == 3
        print("BUG SHOWN")
    else:
        raise AssertionError("expensive suite ran")


if __name__ == "__main__":
    main()
