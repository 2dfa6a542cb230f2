import functools
import multiprocessing
from collections import Counter


def count_kmers(read, k, alphabet):
    counts = Counter()
    for i in range(len(read) - k + 1):
        kmer = read[i:i + k]
        if set(kmer) <= alphabet:
            counts[kmer] += 1
    return counts


class KmerProfiler:
    def __init__(self, k, alphabet="ACGT", processes=2):
        self.k = k
        self.alphabet = frozenset(alphabet)
        self.processes = processes

    def _task(self):
        return functools.partial(count_kmers, k=self.k, alphabet=self.alphabet)

    def profile(self, reads):
        total = Counter()
        with multiprocessing.Pool(self.processes) as pool:
            for partial_counts in pool.map(self._task(), reads):
                total.update(partial_counts)
        return total


if __name__ == "__main__":
    reads = ["ACGTACGT", "CGTANNCG", "TTACG"]
    profile = KmerProfiler(k=3).profile(reads)
    assert profile["ACG"] == 3 and profile["CGT"] == 3
    assert "ANN" not in profile and profile["TTA"] == 1
    assert profile == sum((count_kmers(r, 3, frozenset("ACGT")) for r in reads), Counter())
    print("OK")
