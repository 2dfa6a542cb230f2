"""Parallel map helper fed with scaler functions from a factory."""
from concurrent.futures import ProcessPoolExecutor


def make_scaler(factor, offset=0.0):
    def scale(value):
        return value * factor + offset
    return scale


def parallel_apply(fn, values, workers=2, chunksize=4):
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(fn, values, chunksize=chunksize))


class Normalizer:
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi

    def transform(self, values):
        span = float(self.hi - self.lo)
        return parallel_apply(make_scaler(1 / span, -self.lo / span), values)


if __name__ == "__main__":
    scale_local = make_scaler(2.0)
    assert [scale_local(v) for v in (1, 2)] == [2.0, 4.0]
    try:
        Normalizer(0, 10).transform([0, 5, 10])
    except AttributeError as exc:
        assert "Can't pickle local object" in str(exc)
        assert "make_scaler.<locals>.scale" in str(exc)
    else:
        raise AssertionError("closure unexpectedly crossed the process boundary")
    print("BUG SHOWN")
