"""Point-of-sale stock service for a hardware store.

All tills talk to one in-process Inventory.  A sale reads the on-hand
count, posts the movement to the stock ledger (a slow call to the
back-office database), then stores the new count.
"""
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass


@dataclass(frozen=True)
class Movement:
    till: str
    sku: str
    quantity: int
    balance_before: int


class StockLedger:
    """Stand-in for the back-office database round trip."""

    def __init__(self, latency):
        self.latency = latency
        self.movements = []
        self._lock = threading.Lock()

    def post(self, movement):
        time.sleep(self.latency)
        with self._lock:
            self.movements.append(movement)


class Inventory:
    def __init__(self, ledger, stock):
        self._ledger = ledger
        self._stock = dict(stock)

    def on_hand(self, sku):
        return self._stock[sku]

    def sell(self, till, sku, quantity):
        balance = self._stock[sku]
        if balance < quantity:
            raise ValueError(f"{sku}: only {balance} left")
        self._ledger.post(Movement(till, sku, quantity, balance))
        self._stock[sku] = balance - quantity
        return balance - quantity


def run_till(inventory, opening_bell, till, basket):
    opening_bell.wait()
    receipts = []
    for sku, quantity in basket:
        receipts.append((sku, inventory.sell(till, sku, quantity)))
    return till, receipts


def main():
    ledger = StockLedger(latency=0.2)
    inventory = Inventory(ledger, {"HAM-16OZ": 10, "HEX-KEY-SET": 5, "LADDER-3M": 2})
    baskets = {
        "till-1": [("HAM-16OZ", 1)],
        "till-2": [("HAM-16OZ", 2)],
        "till-3": [("HAM-16OZ", 1)],
        "till-4": [("HAM-16OZ", 1)],
    }
    opening_bell = threading.Barrier(len(baskets))
    with ThreadPoolExecutor(max_workers=len(baskets)) as pool:
        futures = [pool.submit(run_till, inventory, opening_bell, till, basket)
                   for till, basket in baskets.items()]
        for future in futures:
            till, receipts = future.result()
            print(f"{till}: {receipts}")
    sold = sum(q for basket in baskets.values() for _, q in basket)
    expected = 10 - sold
    actual = inventory.on_hand("HAM-16OZ")
    print(f"ledger movements: {len(ledger.movements)}, hammers sold: {sold}")
    if actual != expected:
        print(f"system shows {actual} hammers on the shelf, should be {expected}")
        print("BUG SHOWN")
    else:
        print("stock reconciled")


if __name__ == "__main__":
    main()
