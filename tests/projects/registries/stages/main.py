"""`python3 -m stages.main`: an entry of a registry of nested functions
cannot be sent to a process pool; one of module-level functions can."""
import pickle
from concurrent.futures import ProcessPoolExecutor

from . import steps  # noqa: F401  (registers the stages)
from .registry import PLAIN, STAGES


def timed(name, xs):
    with ProcessPoolExecutor(max_workers=1) as pool:
        return list(pool.map(STAGES[name], xs))  # expect: SNG601


def untimed(name, xs):
    with ProcessPoolExecutor(max_workers=1) as pool:
        return list(pool.map(PLAIN[name], xs))


if __name__ == "__main__":
    assert untimed("double", [1, 2]) == [2, 4]
    try:
        timed("double", [1, 2])
    except (pickle.PicklingError, AttributeError) as exc:
        assert "run_stage" in str(exc), exc
    else:
        raise AssertionError("a nested function was pickled")
