import queue
import threading


class KmerIndexBuilder:
    def __init__(self, k, on_build=None):
        self.k = k
        self.builds = 0
        self.on_build = on_build
        self._count_lock = threading.Lock()

    def build(self, sequence):
        with self._count_lock:
            self.builds += 1
        if self.on_build:
            self.on_build()
        index = {}
        for i in range(len(sequence) - self.k + 1):
            index.setdefault(sequence[i:i + self.k], []).append(i)
        return index


class ReferenceGenome:
    def __init__(self, name, sequence, builder):
        self.name = name
        self.sequence = sequence
        self.builder = builder
        self._index = None

    @property
    def index(self):
        if self._index is None:
            self._index = self.builder.build(self.sequence)
        return self._index

    def seed_hits(self, read):
        return self.index.get(read[: self.builder.k], [])


def aligner_worker(reference, jobs, results):
    while True:
        read_id, read = jobs.get()
        if read_id is None:
            break
        results.append((read_id, tuple(reference.seed_hits(read)), id(reference.index)))


def main():
    barrier = threading.Barrier(2, timeout=5)
    builder = KmerIndexBuilder(4, on_build=barrier.wait)
    ref = ReferenceGenome("chrM-fragment", "GATCACAGGTCTATCACCCTATTAACCACTCACGGGAGCTCTCCATGCAT", builder)

    jobs, results = queue.Queue(), []
    for item in [("r1", "TCACCCTATT"), ("r2", "CACGGGAGC"), (None, None), (None, None)]:
        jobs.put(item)
    workers = [threading.Thread(target=aligner_worker, args=(ref, jobs, results)) for _ in range(2)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()

    assert builder.builds == 2, builder.builds
    assert len(results) == 2
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
