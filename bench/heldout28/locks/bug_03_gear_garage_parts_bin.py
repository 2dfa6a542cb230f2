"""Gear garage: parts-bin tracking for a bicycle repair workshop.

The stores clerk restocks bins from deliveries while mechanics draw parts
for repair jobs.  Each bin write is followed by an audit entry that is
flushed to the (slow) audit trail before the new count is stored.
"""
import threading
import time
from collections import Counter


class PartsBins:
    AUDIT_FLUSH_SECONDS = 0.05

    def __init__(self, initial):
        self._bins = Counter(initial)
        self._lock = threading.Lock()
        self.audit = []

    def _audit(self, action, part, qty):
        self.audit.append((threading.current_thread().name, action, part, qty))
        time.sleep(self.AUDIT_FLUSH_SECONDS)

    def restock(self, part, qty):
        with self._lock:
            count = self._bins[part]
            self._audit("restock", part, qty)
            self._bins[part] = count + qty

    def draw(self, part, qty):
        count = self._bins[part]
        if count < qty:
            raise LookupError(f"only {count} x {part} left")
        self._audit("draw", part, qty)
        self._bins[part] = count - qty

    def count(self, part):
        with self._lock:
            return self._bins[part]


def clerk(bins, ready, deliveries):
    ready.wait()
    for part, qty in deliveries:
        bins.restock(part, qty)


def mechanic(bins, ready, jobs):
    ready.wait()
    for part, qty in jobs:
        bins.draw(part, qty)


def main():
    bins = PartsBins({"gear cable": 20, "brake pad": 12})
    deliveries = [("gear cable", 10), ("brake pad", 6)]
    jobs = [("gear cable", 4), ("brake pad", 2)]
    ready = threading.Barrier(2)
    workers = [
        threading.Thread(target=clerk, args=(bins, ready, deliveries), name="clerk"),
        threading.Thread(target=mechanic, args=(bins, ready, jobs), name="mechanic"),
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()

    expected = {"gear cable": 20 + 10 - 4, "brake pad": 12 + 6 - 2}
    actual = {part: bins.count(part) for part in expected}
    print(f"{len(bins.audit)} audit entries")
    print("expected:", expected)
    print("actual:  ", actual)

    if actual != expected:
        print("bin counts disagree with deliveries and jobs")
        print("BUG SHOWN")
    else:
        print("no failure")


if __name__ == "__main__":
    main()
