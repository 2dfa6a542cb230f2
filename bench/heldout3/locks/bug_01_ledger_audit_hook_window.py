import threading


class Ledger:
    def __init__(self, balance, audit=None):
        self.balance = balance
        self._audit = audit or (lambda *args: None)
        self._lock = threading.Lock()
        self.entries = []

    def _post(self, kind, amount):
        with self._lock:
            self.entries.append((kind, amount))

    def withdraw(self, amount):
        current = self.balance
        if current < amount:
            return False
        self._audit("withdraw", amount, current)
        self.balance = current - amount
        self._post("withdraw", amount)
        return True


def main():
    barrier = threading.Barrier(2, timeout=5)

    def audit(kind, amount, seen_balance):
        barrier.wait()

    ledger = Ledger(100, audit=audit)
    results = []
    threads = [threading.Thread(target=lambda: results.append(ledger.withdraw(30))) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [True, True]
    assert len(ledger.entries) == 2
    assert ledger.balance == 70
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
