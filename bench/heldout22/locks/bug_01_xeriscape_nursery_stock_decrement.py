"""Order fulfilment for a xeriscape nursery's web shop.

Orders for drought-tolerant plants are picked by a pool of workers.  Stock
levels live in a small store object that imitates the latency of the
nursery's inventory database, and each worker reserves stock for its order
line before sending it to the packing bench.
"""
import threading
import time
from concurrent.futures import ThreadPoolExecutor


class InventoryStore:
    """Stock counts behind a slow, row-at-a-time API."""

    def __init__(self, stock, latency=0.05):
        self._rows = dict(stock)
        self._latency = latency

    def fetch(self, sku):
        return self._rows[sku]

    def store(self, sku, quantity):
        time.sleep(self._latency)
        self._rows[sku] = quantity

    def snapshot(self):
        return dict(self._rows)


class Picker:
    def __init__(self, inventory, start_gate):
        self.inventory = inventory
        self.start_gate = start_gate

    def reserve(self, order_id, sku, quantity):
        self.start_gate.wait()
        on_hand = self.inventory.fetch(sku)
        if on_hand < quantity:
            return order_id, "backordered"
        self.inventory.store(sku, on_hand - quantity)
        return order_id, "reserved"


def main():
    inventory = InventoryStore({"agave-parryi": 60, "blue-fescue": 200, "yucca-rostrata": 12})
    orders = [
        (101, "blue-fescue", 24),
        (102, "blue-fescue", 12),
        (103, "agave-parryi", 5),
        (104, "blue-fescue", 36),
        (105, "blue-fescue", 8),
        (106, "agave-parryi", 3),
    ]
    gate = threading.Barrier(len(orders))
    picker = Picker(inventory, gate)
    with ThreadPoolExecutor(max_workers=len(orders)) as pool:
        results = list(pool.map(lambda o: picker.reserve(*o), orders))

    reserved = [o for o, (_, status) in zip(orders, results) if status == "reserved"]
    expected = {"agave-parryi": 60, "blue-fescue": 200, "yucca-rostrata": 12}
    for _, sku, qty in reserved:
        expected[sku] -= qty
    actual = inventory.snapshot()
    print(f"results:  {results}")
    print(f"expected: {expected}")
    print(f"actual:   {actual}")
    if actual != expected:
        oversold = {sku: actual[sku] - expected[sku] for sku in actual if actual[sku] != expected[sku]}
        print(f"stock overstated by {oversold}: plants promised twice")
        print("BUG SHOWN")
    else:
        print("stock consistent")


if __name__ == "__main__":
    main()
