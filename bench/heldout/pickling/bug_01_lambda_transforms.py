"""Batch pipeline that applies configured transforms in worker processes."""
import pickle
from concurrent.futures import ProcessPoolExecutor

TRANSFORMS = {
    "upper": str.upper,
    "strip": str.strip,
    "slug": lambda s: s.strip().lower().replace(" ", "-"),
}


class Pipeline:
    def __init__(self, steps, workers=2):
        self.steps = [TRANSFORMS[name] for name in steps]
        self.workers = workers

    def run(self, records):
        with ProcessPoolExecutor(max_workers=self.workers) as pool:
            for step in self.steps:
                records = list(pool.map(step, records))
        return records


if __name__ == "__main__":
    titles = ["  Hello World ", "Release Notes"]
    assert Pipeline(["strip", "upper"]).run(titles) == ["HELLO WORLD", "RELEASE NOTES"]
    try:
        Pipeline(["slug"]).run(titles)
    except (pickle.PicklingError, AttributeError) as exc:
        assert "lambda" in str(exc)
    else:
        raise AssertionError("slug step unexpectedly ran")
    print("BUG SHOWN")
