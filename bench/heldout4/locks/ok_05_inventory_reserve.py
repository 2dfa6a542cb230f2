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
        with self._lock:
            available = self.stock[sku]
            if available < qty:
                return False
            self.audit.stock_checked(sku, available)
            self.stock[sku] = available - qty
        return True


class HoldingAudit(AuditSink):
    def __init__(self):
        super().__init__()
        self.inside = threading.Event()
        self.release = threading.Event()

    def stock_checked(self, sku, available):
        super().stock_checked(sku, available)
        if not self.inside.is_set():
            self.inside.set()
            self.release.wait(timeout=5)


def main():
    audit = HoldingAudit()
    inv = Inventory({"lamp": 10}, audit)
    results = []
    first = threading.Thread(target=lambda: results.append(inv.reserve("lamp", 3)))
    second = threading.Thread(target=lambda: results.append(inv.reserve("lamp", 4)))
    first.start()
    assert audit.inside.wait(timeout=5)
    second.start()
    audit.release.set()
    first.join()
    second.join()
    assert results == [True, True]
    assert inv.stock["lamp"] == 3, inv.stock
    assert audit.lines == [("lamp", 10), ("lamp", 7)]
    print("OK")


if __name__ == "__main__":
    main()
