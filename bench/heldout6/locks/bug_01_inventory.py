import threading


class OutOfStock(Exception):
    pass


class Warehouse:
    def __init__(self):
        self._stock = {}
        self._lock = threading.Lock()
        self._listeners = []
        self.reservations = []

    def subscribe(self, listener):
        self._listeners.append(listener)

    def _emit(self, event, **payload):
        for listener in self._listeners:
            listener(event, payload)

    def receive(self, sku, qty):
        with self._lock:
            self._stock[sku] = self._stock.get(sku, 0) + qty

    def available(self, sku):
        with self._lock:
            return self._stock.get(sku, 0)

    def _commit(self, sku, remaining, order_id):
        with self._lock:
            self._stock[sku] = remaining
            self.reservations.append(order_id)

    def reserve(self, sku, qty, order_id):
        on_hand = self.available(sku)
        if on_hand < qty:
            raise OutOfStock(sku)
        self._emit("reserving", sku=sku, qty=qty, order=order_id)
        self._commit(sku, on_hand - qty, order_id)


class FulfilmentAudit:
    def __init__(self, parties):
        self.barrier = threading.Barrier(parties)
        self.seen = []

    def __call__(self, event, payload):
        self.seen.append((event, payload["order"]))
        self.barrier.wait(timeout=5)


def main():
    warehouse = Warehouse()
    warehouse.receive("SKU-42", 5)
    warehouse.subscribe(FulfilmentAudit(parties=2))
    orders = [threading.Thread(target=warehouse.reserve, args=("SKU-42", 1, f"ord-{i}"))
              for i in range(2)]
    for t in orders:
        t.start()
    for t in orders:
        t.join()
    assert sorted(warehouse.reservations) == ["ord-0", "ord-1"]
    assert warehouse.available("SKU-42") == 4, warehouse.available("SKU-42")
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
