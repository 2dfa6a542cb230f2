import threading


class Inventory:
    def __init__(self, notify):
        self._reserve_lock = threading.Lock()
        self._restock_lock = threading.Lock()
        self._notify = notify
        self.stock = {}

    def reserve(self, sku, qty):
        with self._reserve_lock:
            have = self.stock.get(sku, 0)
            if have < qty:
                return False
            self._notify("reserve", sku)
            self.stock[sku] = have - qty
            return True

    def restock(self, sku, qty):
        with self._restock_lock:
            have = self.stock.get(sku, 0)
            self._notify("restock", sku)
            self.stock[sku] = have + qty


def main():
    barrier = threading.Barrier(2)
    armed = threading.Event()

    def notify(action, sku):
        if armed.is_set():
            barrier.wait(timeout=5)

    inv = Inventory(notify)
    inv.restock("SKU-1", 10)
    armed.set()
    t1 = threading.Thread(target=inv.reserve, args=("SKU-1", 3))
    t2 = threading.Thread(target=inv.restock, args=("SKU-1", 5))
    t1.start()
    t2.start()
    t1.join()
    t2.join()
    assert inv.stock["SKU-1"] != 12, inv.stock
    assert inv.stock["SKU-1"] in (7, 15)
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
