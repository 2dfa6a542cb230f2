import gc

VOIDED_HOLDS = []


class CardDeclined(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code


class Processor:
    def __init__(self, declined_cards):
        self.declined_cards = declined_cards

    def capture(self, card, amount):
        if card in self.declined_cards:
            raise CardDeclined("insufficient_funds")
        return f"cap_{card[-4:]}_{amount}"


class Transaction:
    def __init__(self, processor, card, amount):
        self.processor = processor
        self.card = card
        self.amount = amount
        self.hold_id = f"hold_{card[-4:]}"
        self.status = "pending"
        self.last_error = None

    def capture(self):
        try:
            self.receipt = self.processor.capture(self.card, self.amount)
            self.status = "captured"
        except CardDeclined as exc:
            self.status = "declined"
            self.last_error = exc
        return self.status

    def __del__(self):
        if self.status != "captured":
            VOIDED_HOLDS.append(self.hold_id)


if __name__ == "__main__":
    gc.disable()
    try:
        processor = Processor(declined_cards={"4000000000000002"})
        txn = Transaction(processor, "4000000000000002", 1999)
        assert txn.capture() == "declined"
        assert txn.last_error.code == "insufficient_funds"
        del txn
        assert VOIDED_HOLDS == []
        gc.collect()
        assert VOIDED_HOLDS == ["hold_0002"]
    finally:
        gc.enable()
    print("BUG SHOWN")
