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
    def confirm(self, line):
        return True


class RendezvousFeed(StatementFeed):
    def __init__(self, parties):
        self._barrier = threading.Barrier(parties, timeout=5)

    def confirm(self, line):
        self._barrier.wait()
        return super().confirm(line)


class Reconciler:
    def __init__(self, account, feed):
        self.account = account
        self.feed = feed
        self.rejected = []

    def apply(self, line):
        opening = self.account.balance
        if not self.feed.confirm(line):
            self.rejected.append(line.ref)
            return opening
        self.account.balance = opening + line.amount
        self.account.applied.append(line.ref)
        return self.account.balance

    def apply_all(self, lines):
        workers = [threading.Thread(target=self.apply, args=(line,)) for line in lines]
        for w in workers:
            w.start()
        for w in workers:
            w.join()


if __name__ == "__main__":
    account = Account("GB29-0001", balance=1_000)
    lines = [StatementLine("DD-771", -250), StatementLine("BACS-12", 4_000)]
    Reconciler(account, RendezvousFeed(parties=len(lines))).apply_all(lines)

    assert sorted(account.applied) == ["BACS-12", "DD-771"]
    assert account.balance in (750, 5_000), account.balance
    assert account.balance != 1_000 - 250 + 4_000
    print("BUG SHOWN")
