"""Takings ledger for the tills at a motorway services."""

import sys
import threading
import time

VAT = 0.20


class Ledger:
    def __init__(self):
        self.takings = 0
        self.receipts = 0

    def _net_of_vat(self, pence):
        # hand off briefly to the receipt printer thread
        time.sleep(0)
        return pence - round(pence * VAT / (1 + VAT))

    def record_sale(self, pence):
        current = self.takings
        self.takings = current + self._net_of_vat(pence)
        self.receipts += 1


class Till(threading.Thread):
    def __init__(self, ledger, sales):
        super().__init__()
        self.ledger = ledger
        self.sales = sales

    def run(self):
        for pence in self.sales:
            self.ledger.record_sale(pence)


def main():
    sys.setswitchinterval(1e-6)
    ledger = Ledger()
    sales = [600] * 400
    tills = [Till(ledger, sales) for _ in range(6)]
    for t in tills:
        t.start()
    for t in tills:
        t.join()
    expected = 500 * len(sales) * len(tills)
    print("net takings:", ledger.takings, "expected:", expected)
    if ledger.takings != expected:
        print("lost", (expected - ledger.takings) // 500, "sales")
        print("BUG SHOWN")
    else:
        print("ledger balanced")


if __name__ == "__main__":
    main()
