"""Jelly jar filling line.

Several filling heads report finished batches to a shared production
counter; each report also prints a pallet label through the label
spooler, which batches jobs from all heads before printing.
"""
import threading
from concurrent.futures import ThreadPoolExecutor


class LabelSpooler:
    """Collects one label job per filling head, then prints them together."""

    def __init__(self, heads):
        self._gate = threading.Barrier(heads, timeout=5)
        self.printed = []
        self._printed_lock = threading.Lock()

    def print_label(self, head, jars, running_total):
        self._gate.wait()
        with self._printed_lock:
            self.printed.append((head, jars, running_total))


class ProductionCounter:
    def __init__(self, spooler):
        self.spooler = spooler
        self.jars_filled = 0

    def report_batch(self, head, jars):
        total = self.jars_filled + jars
        self.spooler.print_label(head, jars, total)
        self.jars_filled = total
        return total


class FillingHead:
    def __init__(self, name, counter):
        self.name = name
        self.counter = counter

    def run_batch(self, flavour, jars):
        return self.counter.report_batch(f"{self.name}:{flavour}", jars)


def main():
    heads = 4
    spooler = LabelSpooler(heads)
    counter = ProductionCounter(spooler)
    batches = [("H1", "blackcurrant", 120), ("H2", "quince", 80),
               ("H3", "bramble", 150), ("H4", "jelly-mint", 60)]
    with ThreadPoolExecutor(max_workers=heads) as pool:
        futures = [pool.submit(FillingHead(name, counter).run_batch, flavour, jars)
                   for name, flavour, jars in batches]
        for future in futures:
            future.result()
    expected = sum(jars for _, _, jars in batches)
    print(f"labels printed: {len(spooler.printed)}")
    print(f"counter says {counter.jars_filled} jars, line actually filled {expected}")
    if counter.jars_filled != expected:
        print("BUG SHOWN")


if __name__ == "__main__":
    main()
