import pickle

from . import jobs
from .runner import run_batch


if __name__ == "__main__":
    assert jobs.word_count("a b c") == 3
    assert jobs.checksum("ab") == 195
    try:
        run_batch("word_count", ["one two", "three"])
    except pickle.PicklingError as exc:
        assert "tasks.jobs.word_count" in str(exc)
    else:
        raise AssertionError("task unexpectedly shipped to workers")
    print("BUG SHOWN")
