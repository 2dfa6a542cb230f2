from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from functools import partial


@dataclass(frozen=True)
class ScoringScheme:
    match: int = 2
    mismatch: int = -1


def score_read(read, reference, scheme):
    best = None
    for offset in range(len(reference) - len(read) + 1):
        window = reference[offset:offset + len(read)]
        total = sum(scheme.match if a == b else scheme.mismatch for a, b in zip(window, read))
        if best is None or total > best[0]:
            best = (total, offset)
    return read, best


class ReadAligner:
    def __init__(self, reference, scheme=ScoringScheme(), workers=2):
        self.reference = reference
        self.scheme = scheme
        self.workers = workers

    def align(self, reads):
        scorer = partial(score_read, reference=self.reference, scheme=self.scheme)
        with ProcessPoolExecutor(max_workers=self.workers) as pool:
            return dict(pool.map(scorer, reads))


def main():
    aligner = ReadAligner("ACGTACGTTAGCCGATAGGCTA")
    hits = aligner.align(["ACGT", "TAGC", "GGCT"])
    assert hits == {"ACGT": (8, 0), "TAGC": (8, 8), "GGCT": (8, 17)}, hits
    print("OK")


if __name__ == "__main__":
    main()
