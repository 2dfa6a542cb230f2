import threading
from dataclasses import dataclass, field


@dataclass(frozen=True)
class StatementLine:
    ref: str
    amount: int


@dataclass
class Account:
    number: str
    balance: int
    applied: list = field(default_factory=list)


class StatementFeed:
    def __init__(self):
        self.confirmed = []

    def confirm(self, line):
        self.confirmed.append(line.ref)
        return line.amount != 0


class Reconciler:
    def __init__(self, account, feed):
        self.account = account
        self.feed = feed
        self.rejected = []
        self._lock = threading.Lock()

    def apply(self, line):
        with self._lock:
            opening = self.account.balance
            if not self.feed.confirm(line):
                self.rejected.append(line.ref)
                return opening
            self.account.balance = opening + line.amount
            self.account.applied.append(line.ref)
            return self.account.balance

    def apply_all(self, lines):
        start = threading.Barrier(len(lines), timeout=5)

        def worker(line):
            start.wait()
            self.apply(line)

        workers = [threading.Thread(target=worker, args=(line,)) for line in lines]
        for w in workers:
            w.start()
        for w in workers:
            w.join()


if __name__ == "__main__":
    account = Account("GB29-0001", balance=1_000)
    lines = [StatementLine(f"TX-{i}", amount) for i, amount in
             enumerate([-250, 4_000, 0, 75, -30, 12, 600, -1_000])]
    reconciler = Reconciler(account, StatementFeed())
    reconciler.apply_all(lines)
    assert account.balance == 1_000 + sum(l.amount for l in lines)
    assert sorted(account.applied + reconciler.rejected) == sorted(l.ref for l in lines)
    assert reconciler.rejected == ["TX-2"]
    print("OK")
