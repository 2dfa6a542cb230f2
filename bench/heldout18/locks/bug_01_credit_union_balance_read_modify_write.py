"""Credit union member accounts with interest and deposit posting."""

import sys
import threading
import time


class Ledger:
    def __init__(self):
        self.entries = []
        self._lock = threading.Lock()

    def append(self, account_no, amount):
        with self._lock:
            self.entries.append((account_no, amount))


class Account:
    def __init__(self, number, ledger):
        self.number = number
        self.balance_pence = 0
        self.ledger = ledger

    def _settle(self, amount):
        # hand the posting to the ledger before the balance is updated
        self.ledger.append(self.number, amount)
        time.sleep(0)

    def deposit(self, amount):
        current = self.balance_pence
        self._settle(amount)
        self.balance_pence = current + amount


class PayrollRun:
    def __init__(self, account, payments):
        self.account = account
        self.payments = payments

    def post(self):
        for amount in self.payments:
            self.account.deposit(amount)


def main():
    sys.setswitchinterval(1e-6)
    ledger = Ledger()
    account = Account("CU-0042", ledger)
    runs = [PayrollRun(account, [100] * 300) for _ in range(4)]
    threads = [threading.Thread(target=run.post) for run in runs]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    expected = sum(amount for _, amount in ledger.entries)
    print("ledger total:", expected, "balance:", account.balance_pence)
    if account.balance_pence < expected:
        print("lost postings:", (expected - account.balance_pence) // 100)
        print("BUG SHOWN")


if __name__ == "__main__":
    main()
