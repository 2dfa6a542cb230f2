import threading


class SoldOut(Exception):
    pass


class StockLevels:
    def __init__(self, levels, on_check=None):
        self.levels = dict(levels)
        self.on_check = on_check or (lambda sku: None)

    def reserve(self, sku, qty):
        with threading.Lock():
            available = self.levels.get(sku, 0)
            self.on_check(sku)
            if available < qty:
                raise SoldOut(sku)
            self.levels[sku] = available - qty
            return True


class Checkout:
    def __init__(self, stock):
        self.stock = stock
        self.confirmed = []
        self.rejected = []
        self._results = threading.Lock()

    def place(self, order_id, sku, qty):
        try:
            self.stock.reserve(sku, qty)
        except SoldOut:
            with self._results:
                self.rejected.append(order_id)
        else:
            with self._results:
                self.confirmed.append(order_id)


gate = threading.Barrier(2, timeout=5)
stock = StockLevels({"console": 1}, on_check=lambda sku: gate.wait())
checkout = Checkout(stock)
buyers = [threading.Thread(target=checkout.place, args=(oid, "console", 1)) for oid in ("A-1", "B-2")]
for t in buyers:
    t.start()
for t in buyers:
    t.join()
assert sorted(checkout.confirmed) == ["A-1", "B-2"]
assert stock.levels["console"] == 0
print("BUG SHOWN")
