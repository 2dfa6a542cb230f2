"""Pearl grading for a diving cooperative, farmed out to worker processes."""

import threading
from concurrent.futures import ProcessPoolExecutor

LUSTRE_POINTS = {"high": 3, "medium": 2, "low": 1}


class Grader:
    """Grading rules; the lock only guards the in-process tally."""

    def __init__(self, min_mm, premium_mm):
        self.min_mm = min_mm
        self.premium_mm = premium_mm
        self.graded = 0
        self._lock = threading.Lock()

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["_lock"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self._lock = threading.Lock()

    def grade(self, pearl):
        diameter, lustre, blemishes = pearl
        with self._lock:
            self.graded += 1
        if diameter < self.min_mm:
            return "reject"
        score = LUSTRE_POINTS[lustre] - blemishes
        if diameter >= self.premium_mm and score >= 3:
            return "AAA"
        return "A" if score >= 1 else "B"


def grade_batch(grader, batch):
    return [grader.grade(p) for p in batch]


class Cooperative:
    def __init__(self, grader):
        self.grader = grader

    def grade_haul(self, batches):
        with ProcessPoolExecutor(max_workers=2) as pool:
            futures = [pool.submit(grade_batch, self.grader, b) for b in batches]
            return [f.result() for f in futures]


def main():
    coop = Cooperative(Grader(min_mm=6.0, premium_mm=9.0))
    haul = [
        [(9.5, "high", 0), (5.1, "high", 0)],
        [(7.2, "medium", 1), (8.0, "low", 1), (10.1, "high", 1)],
    ]
    results = coop.grade_haul(haul)
    print(results)
    assert results == [["AAA", "reject"], ["A", "B", "A"]]
    assert coop.grader.graded == 0
    print("OK")


if __name__ == "__main__":
    main()
