import threading
from decimal import Decimal


class DeclinedError(Exception):
    pass


class RiskEngine:
    def __init__(self):
        self.screened = []

    def screen(self, merchant_id, amount):
        self.screened.append((merchant_id, amount))


class Gateway:
    def __init__(self, risk):
        self.risk = risk
        self._balances = {}
        self._locks = {}
        self._registry_lock = threading.Lock()

    def open_account(self, merchant_id):
        with self._registry_lock:
            self._balances[merchant_id] = Decimal("0")

    def _lock_for(self, merchant_id):
        return self._locks.get(merchant_id, threading.Lock())

    def capture(self, merchant_id, amount):
        amount = Decimal(amount)
        if amount <= 0:
            raise DeclinedError("non-positive amount")
        with self._lock_for(merchant_id):
            settled = self._balances[merchant_id]
            self.risk.screen(merchant_id, amount)
            self._balances[merchant_id] = settled + amount

    def balance(self, merchant_id):
        with self._lock_for(merchant_id):
            return self._balances[merchant_id]


class SlowRiskEngine(RiskEngine):
    def __init__(self, concurrent):
        super().__init__()
        self._barrier = threading.Barrier(concurrent)

    def screen(self, merchant_id, amount):
        super().screen(merchant_id, amount)
        self._barrier.wait(timeout=5)


def main():
    gateway = Gateway(SlowRiskEngine(concurrent=2))
    gateway.open_account("acme")
    captures = [threading.Thread(target=gateway.capture, args=("acme", amt))
                for amt in ("10.00", "25.50")]
    for t in captures:
        t.start()
    for t in captures:
        t.join()
    assert len(gateway.risk.screened) == 2
    assert gateway.balance("acme") in (Decimal("10.00"), Decimal("25.50")), gateway.balance("acme")
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
