import gc

voided = []


class CardDeclined(Exception):
    pass


class Acquirer:
    def capture(self, auth_id, amount):
        raise CardDeclined(f"{auth_id}: insufficient funds for {amount}")


class Authorization:
    def __init__(self, acquirer, auth_id, amount):
        self.acquirer = acquirer
        self.auth_id = auth_id
        self.amount = amount
        self.captured = False
        self.last_error = None

    def capture(self):
        try:
            self.acquirer.capture(self.auth_id, self.amount)
            self.captured = True
        except CardDeclined as exc:
            self.last_error = exc
        return self.captured

    def __del__(self):
        if not self.captured:
            voided.append(self.auth_id)


gc.disable()
try:
    auth = Authorization(Acquirer(), "auth_771", 1999)
    assert auth.capture() is False
    del auth
    assert voided == []
    gc.collect()
    assert voided == ["auth_771"]
finally:
    gc.enable()
print("BUG SHOWN")
