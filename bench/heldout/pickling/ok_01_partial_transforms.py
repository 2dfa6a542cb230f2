"""Batch pipeline that applies configured transforms in worker processes."""
import functools
from concurrent.futures import ProcessPoolExecutor


def slugify(text, sep="-"):
    return text.strip().lower().replace(" ", sep)


TRANSFORMS = {
    "upper": str.upper,
    "strip": str.strip,
    "slug": slugify,
    "snake": functools.partial(slugify, sep="_"),
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
    assert Pipeline(["slug"]).run(titles) == ["hello-world", "release-notes"]
    assert Pipeline(["snake"]).run(titles) == ["hello_world", "release_notes"]
    print("OK")
