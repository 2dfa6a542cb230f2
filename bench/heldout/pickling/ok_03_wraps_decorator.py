"""Function-based timing decorator applied to a function run in a process pool."""
import functools
import time
from concurrent.futures import ProcessPoolExecutor

TIMINGS = {}


def timed(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            TIMINGS.setdefault(fn.__name__, []).append(time.perf_counter() - start)
    return wrapper


@timed
def tokenize(line):
    return [tok for tok in line.lower().split() if tok.isalnum()]


def tokenize_corpus(lines, workers=2):
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(tokenize, lines))


if __name__ == "__main__":
    assert tokenize("Hello big World") == ["hello", "big", "world"]
    assert len(TIMINGS["tokenize"]) == 1
    assert tokenize_corpus(["a b c", "d e f"]) == [["a", "b", "c"], ["d", "e", "f"]]
    print("OK")
