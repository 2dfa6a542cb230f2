import itertools
import uuid


class Charge:
    _ids = itertools.count(1)

    def __init__(self, amount, card_last4, metadata):
        self.id = f"ch_{next(self._ids):04d}"
        self.amount = amount
        self.card_last4 = card_last4
        self.metadata = metadata


class Gateway:
    def __init__(self):
        self._by_key = {}

    def _ensure_key(self, metadata):
        if "idempotency_key" not in metadata:
            metadata["idempotency_key"] = uuid.uuid4().hex
        return metadata["idempotency_key"]

    def charge(self, amount, card_number, metadata={}):
        key = self._ensure_key(metadata)
        if key in self._by_key:
            return self._by_key[key]
        charge = Charge(amount, card_number[-4:], dict(metadata))
        self._by_key[key] = charge
        return charge
