import threading


class InsufficientFunds(Exception):
    pass


class Wallet:
    def __init__(self, owner, balance, authorizer):
        self.owner = owner
        self.balance = balance
        self.authorizer = authorizer
        self._lock = threading.Lock()
        self.ledger = []

    def _check_funds(self, amount):
        if self.balance < amount:
            raise InsufficientFunds(f"{self.owner}: {self.balance} < {amount}")

    def pay(self, merchant, amount):
        self._check_funds(amount)
        token = self.authorizer.authorize(self.owner, merchant, amount)
        with self._lock:
            self.balance -= amount
            self.ledger.append((merchant, -amount, token))
        return token


class FraudAuthorizer:
    def __init__(self, barrier):
        self.barrier = barrier
        self.count = 0

    def authorize(self, owner, merchant, amount):
        self.barrier.wait()
        self.count += 1
        return f"auth-{merchant}-{amount}"


if __name__ == "__main__":
    barrier = threading.Barrier(2, timeout=5)
    wallet = Wallet("ada", 100, FraudAuthorizer(barrier))
    outcomes = []

    def buy(merchant):
        try:
            outcomes.append(wallet.pay(merchant, 80))
        except InsufficientFunds as exc:
            outcomes.append(exc)

    threads = [threading.Thread(target=buy, args=(m,)) for m in ("bookshop", "cinema")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert wallet.balance == -60, wallet.balance
    assert all(isinstance(o, str) for o in outcomes)
    print("BUG SHOWN")
