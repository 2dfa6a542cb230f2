"""Hat shop stock reservations from several web workers."""
import threading
import time


class Warehouse:
    def __init__(self, stock):
        self.stock = dict(stock)

    def fetch(self, sku):
        row = self.stock[sku]
        time.sleep(0.002)
        return row

    def store(self, sku, qty):
        self.stock[sku] = qty


class ReservationService:
    def __init__(self, warehouse):
        self.warehouse = warehouse
        self.confirmed = []

    def _guard(self):
        return threading.Lock()

    def reserve(self, sku, customer):
        with self._guard():
            available = self.warehouse.fetch(sku)
            if available <= 0:
                return False
            self.warehouse.store(sku, available - 1)
            self.confirmed.append((sku, customer))
            return True


def main():
    wh = Warehouse({"panama-M": 3, "trilby-L": 10})
    svc = ReservationService(wh)
    start = threading.Barrier(8)

    def web_worker(n):
        start.wait()
        svc.reserve("panama-M", f"cust{n}")

    workers = [threading.Thread(target=web_worker, args=(i,)) for i in range(8)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    sold = sum(1 for sku, _ in svc.confirmed if sku == "panama-M")
    print("panama-M confirmed:", sold, "stock left:", wh.stock["panama-M"])
    if sold > 3:
        print("oversold by", sold - 3)
        print("BUG SHOWN")


if __name__ == "__main__":
    main()
