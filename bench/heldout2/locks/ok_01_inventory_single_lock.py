import threading


class Inventory:
    def __init__(self, notify):
        self._lock = threading.Lock()
        self._notify = notify
        self.stock = {}

    def reserve(self, sku, qty):
        with self._lock:
            have = self.stock.get(sku, 0)
            if have < qty:
                return False
            self._notify("reserve", sku)
            self.stock[sku] = have - qty
            return True

    def restock(self, sku, qty):
        with self._lock:
            have = self.stock.get(sku, 0)
            self._notify("restock", sku)
            self.stock[sku] = have + qty


def main():
    reserving = threading.Event()
    restock_waiting = threading.Event()

    def notify(action, sku):
        if action == "reserve":
            reserving.set()
            restock_waiting.wait(timeout=5)

    inv = Inventory(notify)
    inv.restock("SKU-1", 10)

    def restocker():
        reserving.wait(timeout=5)
        restock_waiting.set()
        inv.restock("SKU-1", 5)

    t1 = threading.Thread(target=inv.reserve, args=("SKU-1", 3))
    t2 = threading.Thread(target=restocker)
    t2.start()
    t1.start()
    t1.join()
    t2.join()
    assert inv.stock["SKU-1"] == 12, inv.stock
    print("OK")


if __name__ == "__main__":
    main()
