"""Dog walking rota: walkers claim dogs from a shared pool."""

import sys
import threading
import time


class Pool:
    def __init__(self, dogs, per_walk):
        self._lock = threading.Lock()
        self.waiting = list(dogs)
        self.per_walk = per_walk
        self.walks_done = 0
        self.claims = {}

    def _paperwork(self):
        time.sleep(0)

    def claim(self, walker):
        with self._lock:
            if not self.waiting:
                return []
            group = self.waiting[: self.per_walk]
            self._paperwork()
            del self.waiting[: len(group)]
            self.claims.setdefault(walker, []).extend(group)
            return group

    def complete_walk(self):
        with self._lock:
            done = self.walks_done
            self._paperwork()
            self.walks_done = done + 1


class Walker(threading.Thread):
    def __init__(self, name, pool, gate):
        super().__init__(name=name)
        self.pool = pool
        self.gate = gate

    def run(self):
        self.gate.wait()
        while True:
            group = self.pool.claim(self.name)
            if not group:
                break
            self.pool.complete_walk()


def main():
    sys.setswitchinterval(1e-6)
    dogs = [f"dog-{i}" for i in range(300)]
    pool = Pool(dogs, per_walk=3)
    gate = threading.Barrier(4)
    walkers = [Walker(f"walker-{i}", pool, gate) for i in range(4)]
    for w in walkers:
        w.start()
    for w in walkers:
        w.join()
    claimed = [d for group in pool.claims.values() for d in group]
    assert sorted(claimed) == sorted(dogs)
    assert len(claimed) == len(set(claimed))
    assert pool.walks_done == 100, pool.walks_done
    print("walks:", pool.walks_done)
    print("OK")


if __name__ == "__main__":
    main()
