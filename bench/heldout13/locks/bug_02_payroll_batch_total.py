import threading
from concurrent.futures import ThreadPoolExecutor


class TaxService:
    def __init__(self, before_lookup=None):
        self.before_lookup = before_lookup

    def withholding(self, gross):
        if self.before_lookup:
            self.before_lookup()
        return round(gross * 0.22, 2)


class PayrollBatch:
    def __init__(self, tax_service):
        self.tax = tax_service
        self.net_total = 0.0
        self.paid = []
        self._lock = threading.Lock()

    def _net(self, gross):
        return gross - self.tax.withholding(gross)

    def pay(self, employee, gross):
        running = self.net_total
        net = self._net(gross)
        with self._lock:
            self.net_total = round(running + net, 2)
            self.paid.append(employee)
        return net


def main():
    gate = threading.Barrier(2, timeout=5)
    batch = PayrollBatch(TaxService(before_lookup=gate.wait))
    with ThreadPoolExecutor(max_workers=2) as pool:
        futures = [pool.submit(batch.pay, "ana", 1000.0), pool.submit(batch.pay, "bo", 2000.0)]
        nets = [f.result() for f in futures]
    assert sorted(batch.paid) == ["ana", "bo"]
    assert sum(nets) == 2340.0
    assert batch.net_total in (780.0, 1560.0), batch.net_total
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
