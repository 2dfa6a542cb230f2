import threading


class Ledger:
    def __init__(self, balance, audit=None):
        self.balance = balance
        self._audit = audit or (lambda *args: None)
        self._lock = threading.Lock()
        self.entries = []

    def withdraw(self, amount):
        with self._lock:
            current = self.balance
            if current < amount:
                return False
            self._audit("withdraw", amount, current)
            self.balance = current - amount
            self.entries.append(("withdraw", amount))
            return True


def main():
    inside = threading.Event()
    release = threading.Event()
    seen = []

    def audit(kind, amount, seen_balance):
        seen.append(seen_balance)
        if not inside.is_set():
            inside.set()
            release.wait(timeout=5)

    ledger = Ledger(100, audit=audit)
    results = []
    first = threading.Thread(target=lambda: results.append(ledger.withdraw(30)))
    first.start()
    inside.wait(timeout=5)
    second = threading.Thread(target=lambda: results.append(ledger.withdraw(30)))
    second.start()
    second.join(timeout=0.2)
    assert second.is_alive()
    release.set()
    first.join()
    second.join()
    assert results == [True, True]
    assert seen == [100, 70]
    assert ledger.balance == 40
    print("OK")


if __name__ == "__main__":
    main()
