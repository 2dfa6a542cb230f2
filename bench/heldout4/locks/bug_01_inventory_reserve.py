import threading


class AuditSink:
    def __init__(self):
        self.lines = []

    def stock_checked(self, sku, available):
        self.lines.append((sku, available))


class Inventory:
    def __init__(self, stock, audit):
        self.stock = dict(stock)
        self.audit = audit
        self._lock = threading.Lock()

    def reserve(self, sku, qty):
        available = self.stock[sku]
        if available < qty:
            return False
        self.audit.stock_checked(sku, available)
        with self._lock:
            self.stock[sku] = available - qty
        return True


class SyncedAudit(AuditSink):
    def __init__(self, parties):
        super().__init__()
        self.barrier = threading.Barrier(parties, timeout=5)

    def stock_checked(self, sku, available):
        super().stock_checked(sku, available)
        self.barrier.wait()


def main():
    inv = Inventory({"lamp": 10}, SyncedAudit(2))
    results = []
    workers = [threading.Thread(target=lambda q=q: results.append(inv.reserve("lamp", q))) for q in (3, 4)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    assert results == [True, True]
    assert inv.stock["lamp"] in (7, 6), inv.stock
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
