from .runner import PipelineError, PipelineRunner
from .stages import Stage


def main():
    runner = PipelineRunner([
        Stage("lint", ["ruff check"], allow_failure=True),
        Stage("test", ["pytest -q"]),
        Stage("deploy", ["./deploy.sh"]),
    ])
    env = {"pytest -q": 2}
    try:
        runner.run(env)
    except PipelineError:
        raise AssertionError("pipeline reported the failing stage")
    except UnboundLocalError as exc:
        assert "failure" in str(exc)
        assert runner.log[-1] == ("test", "failed", 2)
        print("BUG SHOWN")
        return
    raise AssertionError("pipeline did not stop")


if __name__ == "__main__":
    main()
