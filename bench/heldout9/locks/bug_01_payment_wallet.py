import threading


class Wallet:
    def __init__(self, owner, balance_cents=0, audit=None):
        self.owner = owner
        self.balance_cents = balance_cents
        self.lock = threading.Lock()
        self.audit = audit or (lambda *event: None)

    def _read(self):
        with self.lock:
            return self.balance_cents

    def _write(self, value):
        with self.lock:
            self.balance_cents = value

    def credit(self, amount_cents, reference):
        current = self._read()
        self.audit("credit", reference, current)
        self._write(current + amount_cents)


class PaymentGateway:
    def __init__(self, wallet):
        self.wallet = wallet

    def settle(self, payments):
        threads = [threading.Thread(target=self.wallet.credit, args=(amt, ref)) for ref, amt in payments]
        for t in threads:
            t.start()
        for t in threads:
            t.join()


window = threading.Barrier(2, timeout=5)
wallet = Wallet("merchant-9", 1000, audit=lambda *event: window.wait())
PaymentGateway(wallet).settle([("pi_1", 250), ("pi_2", 400)])
assert wallet.balance_cents in (1250, 1400), wallet.balance_cents
print("BUG SHOWN")
