"""Violin workshop: luthiers draw tonewood from the shared wood store."""
import sys
import threading
import time

sys.setswitchinterval(1e-6)

WOOD_STORE = {"spruce": 2000, "maple": 2000}


def inspect_grain(kind):
    time.sleep(0)
    return kind


class Bench:
    """One luthier's bench; each bench guards its own withdrawals."""

    def __init__(self, luthier):
        self.luthier = luthier
        self._lock = threading.Lock()
        self.taken = {"spruce": 0, "maple": 0}

    def take(self, kind, n=1):
        with self._lock:
            stock = WOOD_STORE[kind]
            inspect_grain(kind)
            WOOD_STORE[kind] = stock - n
            self.taken[kind] += n

    def carve_tops(self, count):
        for _ in range(count):
            self.take("spruce")
            self.take("maple")


def work_shift(luthier, tops):
    Bench(luthier).carve_tops(tops)


def main():
    names = ["Anna", "Bruno", "Clara", "Dario"]
    threads = [threading.Thread(target=work_shift, args=(n, 250)) for n in names]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    expected = 2000 - 250 * len(names)
    print("store after shift:", WOOD_STORE, "expected", expected, "each")
    if WOOD_STORE["spruce"] != expected or WOOD_STORE["maple"] != expected:
        print("wood withdrawals were lost")
        print("BUG SHOWN")
    else:
        print("OK")


if __name__ == "__main__":
    main()
