"""Class-based timing decorator applied to a function run in a process pool."""
import functools
import pickle
import time
from concurrent.futures import ProcessPoolExecutor


class timed:
    def __init__(self, fn):
        functools.update_wrapper(self, fn)
        self.fn = fn
        self.calls = 0
        self.total = 0.0

    def __call__(self, *args, **kwargs):
        start = time.perf_counter()
        try:
            return self.fn(*args, **kwargs)
        finally:
            self.calls += 1
            self.total += time.perf_counter() - start


@timed
def tokenize(line):
    return [tok for tok in line.lower().split() if tok.isalnum()]


def tokenize_corpus(lines, workers=2):
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(tokenize, lines))


if __name__ == "__main__":
    assert tokenize("Hello big World") == ["hello", "big", "world"]
    assert tokenize.calls == 1
    try:
        tokenize_corpus(["a b c", "d e f"])
    except pickle.PicklingError as exc:
        assert "not the same object" in str(exc)
    else:
        raise AssertionError("decorated function unexpectedly pickled")
    print("BUG SHOWN")
