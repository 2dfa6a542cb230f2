import datetime


class AuditMixin:
    _audit_trail = []

    def record(self, action, **details):
        entry = {"action": action, "at": datetime.datetime(2024, 1, 1), **details}
        self._audit_trail.append(entry)

    def history(self):
        return [entry["action"] for entry in self._audit_trail]


class BankAccount(AuditMixin):
    def __init__(self, number, balance=0):
        self.number = number
        self.balance = balance

    def deposit(self, amount):
        self.balance += amount
        self.record("deposit", amount=amount)

    def withdraw(self, amount):
        if amount > self.balance:
            self.record("declined", amount=amount)
            return False
        self.balance -= amount
        self.record("withdraw", amount=amount)
        return True


def main():
    checking = BankAccount("CHK-1", 100)
    savings = BankAccount("SAV-1", 0)
    checking.deposit(50)
    checking.withdraw(500)
    savings.deposit(20)
    assert savings.history() == ["deposit", "declined", "deposit"]
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
