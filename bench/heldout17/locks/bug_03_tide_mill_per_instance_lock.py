"""Tide mill: each sluice worker grinds grain into the shared flour store."""

import sys
import threading
import time

sys.setswitchinterval(1e-6)

FLOUR_STORE = {"wholemeal": 0, "spelt": 0}


class SluiceWorker:
    """One worker per sluice gate; each runs on its own thread."""

    def __init__(self, gate, grain):
        self.gate = gate
        self.grain = grain
        self._lock = threading.Lock()
        self.batches = 0

    def _weigh(self, sacks):
        time.sleep(0)
        return sacks * 25

    def deposit(self, sacks):
        with self._lock:
            before = FLOUR_STORE[self.grain]
            kilos = self._weigh(sacks)
            FLOUR_STORE[self.grain] = before + kilos
            self.batches += 1

    def work_tide(self, batches):
        for _ in range(batches):
            self.deposit(1)


class Mill:
    def __init__(self, gates):
        self.workers = [SluiceWorker(g, "wholemeal") for g in gates]

    def run_tide(self, batches):
        threads = [threading.Thread(target=w.work_tide, args=(batches,)) for w in self.workers]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        return sum(w.batches for w in self.workers) * 25


def main():
    mill = Mill(["north", "south", "east", "west"])
    expected = mill.run_tide(1500)
    got = FLOUR_STORE["wholemeal"]
    print("flour expected", expected, "kg, store shows", got, "kg")
    if got != expected:
        print("BUG SHOWN")
        return
    print("OK")


if __name__ == "__main__":
    main()
