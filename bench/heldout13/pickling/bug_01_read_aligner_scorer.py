import pickle
from concurrent.futures import ProcessPoolExecutor


def make_scorer(reference, match=2, mismatch=-1):
    def score(read):
        best = None
        for offset in range(len(reference) - len(read) + 1):
            window = reference[offset:offset + len(read)]
            total = sum(match if a == b else mismatch for a, b in zip(window, read))
            if best is None or total > best[0]:
                best = (total, offset)
        return read, best
    return score


class ReadAligner:
    def __init__(self, reference, workers=2):
        self.reference = reference
        self.workers = workers

    def align(self, reads):
        scorer = make_scorer(self.reference)
        with ProcessPoolExecutor(max_workers=self.workers) as pool:
            return dict(pool.map(scorer, reads))


def main():
    aligner = ReadAligner("ACGTACGTTAGCCGATAGGCTA")
    try:
        aligner.align(["ACGT", "TAGC", "GGCT"])
    except (pickle.PicklingError, AttributeError, TypeError) as exc:
        assert "pickle" in str(exc).lower(), exc
        assert "make_scorer.<locals>.score" in str(exc), exc
        print("BUG SHOWN")
        return
    raise AssertionError("alignment ran in worker processes")


if __name__ == "__main__":
    main()
