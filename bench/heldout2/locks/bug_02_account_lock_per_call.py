import threading


class AuditLog:
    def __init__(self, sink):
        self.sink = sink
        self.entries = []

    def record(self, action, amount, before):
        self.entries.append((action, amount, before))
        self.sink(action)


class Account:
    def __init__(self, owner, audit):
        self.owner = owner
        self.balance = 0
        self.audit = audit

    def _guard(self):
        return threading.Lock()

    def deposit(self, amount):
        with self._guard():
            current = self.balance
            self.audit.record("deposit", amount, current)
            self.balance = current + amount
        return self.balance


def main():
    barrier = threading.Barrier(2)
    audit = AuditLog(sink=lambda action: barrier.wait(timeout=5))
    account = Account("acme", audit)
    threads = [threading.Thread(target=account.deposit, args=(amt,)) for amt in (100, 250)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not barrier.broken
    assert account.balance in (100, 250), account.balance
    assert [e[2] for e in audit.entries] == [0, 0]
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
