"""Emerald emporium: checkout service for an online jewellery shop.

Inventory access is synchronised, and the payment gateway batches card
authorisations: it holds requests until a batch is full (or a short wait
expires) and then approves them together.  A purchase checks stock, gets
the card authorised, then takes the item from stock.
"""
import threading
from concurrent.futures import ThreadPoolExecutor


class Inventory:
    def __init__(self, stock):
        self._stock = dict(stock)
        self._lock = threading.Lock()

    def available(self, sku):
        with self._lock:
            return self._stock.get(sku, 0)

    def take(self, sku, qty):
        with self._lock:
            self._stock[sku] = self._stock.get(sku, 0) - qty

    def level(self, sku):
        with self._lock:
            return self._stock[sku]


class BatchingGateway:
    def __init__(self, batch_size, max_wait=2.0):
        self._batch = threading.Barrier(batch_size)
        self.max_wait = max_wait
        self.approved = []
        self._lock = threading.Lock()

    def authorise(self, card, amount):
        try:
            self._batch.wait(timeout=self.max_wait)
        except threading.BrokenBarrierError:
            pass
        with self._lock:
            self.approved.append((card, amount))
        return True


class Checkout:
    def __init__(self, inventory, gateway, prices):
        self.inventory = inventory
        self.gateway = gateway
        self.prices = prices

    def purchase(self, customer, sku, qty=1):
        if self.inventory.available(sku) < qty:
            return f"{customer}: sold out"
        if not self.gateway.authorise(f"card-{customer}", self.prices[sku] * qty):
            return f"{customer}: declined"
        self.inventory.take(sku, qty)
        return f"{customer}: confirmed"


def main():
    sku = "emerald-solitaire-ring"
    shoppers = ["Elena", "Emeka", "Esther", "Ewan", "Eiko"]
    inventory = Inventory({sku: 3})
    checkout = Checkout(inventory, BatchingGateway(batch_size=len(shoppers)), {sku: 1890.0})

    with ThreadPoolExecutor(max_workers=len(shoppers)) as pool:
        outcomes = list(pool.map(lambda who: checkout.purchase(who, sku), shoppers))

    for line in outcomes:
        print(line)
    confirmed = sum(line.endswith("confirmed") for line in outcomes)
    print(f"confirmed orders: {confirmed}, stock left: {inventory.level(sku)}")

    if inventory.level(sku) < 0:
        print("more rings were sold than the shop had in stock")
        print("BUG SHOWN")
    else:
        print("no failure")


if __name__ == "__main__":
    main()
