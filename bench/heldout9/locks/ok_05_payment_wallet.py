import threading


class Wallet:
    def __init__(self, owner, balance_cents=0, audit=None):
        self.owner = owner
        self.balance_cents = balance_cents
        self.lock = threading.Lock()
        self.audit = audit or (lambda *event: None)

    def credit(self, amount_cents, reference):
        self.audit("credit-requested", reference)
        with self.lock:
            current = self.balance_cents
            self.balance_cents = current + amount_cents


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
assert wallet.balance_cents == 1650, wallet.balance_cents
print("OK")
