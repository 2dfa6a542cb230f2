from concurrent.futures import ProcessPoolExecutor


def make_normaliser(scale, offset):
    def normalise(values):
        return [(v - offset) / scale for v in values]
    return normalise


class BatchPipeline:
    def __init__(self, transform, workers=2):
        self.transform = transform
        self.workers = workers

    def _chunks(self, values, size):
        return [values[i:i + size] for i in range(0, len(values), size)]

    def run(self, values):
        out = []
        with ProcessPoolExecutor(max_workers=self.workers) as pool:
            futures = [pool.submit(self.transform, chunk) for chunk in self._chunks(values, 2)]
            for fut in futures:
                out.extend(fut.result())
        return out


def main():
    pipeline = BatchPipeline(make_normaliser(scale=10.0, offset=5.0))
    try:
        pipeline.run([5, 15, 25, 35])
    except (AttributeError, TypeError) as exc:
        assert "pickle" in str(exc) and "local object" in str(exc), exc
        print("BUG SHOWN")
    else:
        raise AssertionError("expected pickling failure")


if __name__ == "__main__":
    main()
