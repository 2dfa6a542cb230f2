import threading
from concurrent.futures import ProcessPoolExecutor


class ScoringMatrix:
    def __init__(self, match=2, mismatch=-1, gap=-2):
        self.match = match
        self.mismatch = mismatch
        self.gap = gap


class ReadAligner:
    def __init__(self, reference, matrix):
        self.reference = reference
        self.matrix = matrix
        self.aligned = 0
        self._progress_lock = threading.Lock()

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["_progress_lock"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self._progress_lock = threading.Lock()

    def align(self, read):
        best, best_pos = None, -1
        for pos in range(len(self.reference) - len(read) + 1):
            window = self.reference[pos:pos + len(read)]
            score = sum(self.matrix.match if a == b else self.matrix.mismatch
                        for a, b in zip(window, read))
            if best is None or score > best:
                best, best_pos = score, pos
        with self._progress_lock:
            self.aligned += 1
        return read, best_pos, best

    def align_all(self, reads, workers=2):
        with ProcessPoolExecutor(max_workers=workers) as pool:
            futures = [pool.submit(self.align, read) for read in reads]
            return [f.result() for f in futures]


def main():
    aligner = ReadAligner("ACGTTGCAACGTAGGCT", ScoringMatrix())
    results = aligner.align_all(["GCAA", "TAGG"])
    assert [pos for _, pos, _ in results] == [5, 11], results
    assert results[0][2] == 8
    print("OK")


if __name__ == "__main__":
    main()
