import io
import json


class GatewayClient:
    def __init__(self, merchant_id, audit_stream=None):
        self.merchant_id = merchant_id
        self.audit = audit_stream if audit_stream is not None else io.StringIO()

    def _audit(self, event, **fields):
        self.audit.write(json.dumps({"event": event, "merchant": self.merchant_id, **fields}) + "\n")

    def settle(self, charge):
        charge_id, cents = charge
        fee = round(cents * 0.029) + 30
        self._audit("settle", charge=charge_id, fee=fee)
        return charge_id, cents - fee
