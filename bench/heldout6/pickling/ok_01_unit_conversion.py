import functools
import time
from concurrent.futures import ProcessPoolExecutor
from fractions import Fraction

TIMINGS = {}


def timed(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        started = time.perf_counter()
        try:
            return func(*args, **kwargs)
        finally:
            TIMINGS[func.__name__] = time.perf_counter() - started

    return wrapper


TEMPERATURE = {
    "C": (Fraction(1), Fraction(0)),
    "K": (Fraction(1), Fraction(-27315, 100)),
    "F": (Fraction(5, 9), Fraction(-160, 9)),
}


@timed
def convert_temperature(value, src, dst):
    scale, offset = TEMPERATURE[src]
    celsius = Fraction(value) * scale + offset
    scale, offset = TEMPERATURE[dst]
    return (celsius - offset) / scale


class BatchConverter:
    def __init__(self, workers=2):
        self.workers = workers

    def convert_all(self, readings, src, dst):
        with ProcessPoolExecutor(max_workers=self.workers) as pool:
            return list(pool.map(convert_temperature, readings,
                                 [src] * len(readings), [dst] * len(readings)))


def main():
    assert convert_temperature(212, "F", "C") == 100
    result = BatchConverter().convert_all([0, 100, -40], "C", "F")
    assert result == [32, 212, -40], result
    assert "convert_temperature" in TIMINGS
    print("OK")


if __name__ == "__main__":
    main()
