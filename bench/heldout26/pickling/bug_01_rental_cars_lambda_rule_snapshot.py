"""Rental car desk: saving the in-progress quote to the session store.

A quote collects pricing rules (weekend uplift, young-driver surcharge,
loyalty discount) chosen at the desk; the web session stores a pickled
snapshot so the customer can finish the booking on their phone.
"""
import pickle
from dataclasses import dataclass, field
from decimal import Decimal


@dataclass
class PricingRule:
    code: str
    apply: object


@dataclass
class Quote:
    customer: str
    car_class: str
    days: int
    daily_rate: Decimal
    rules: list = field(default_factory=list)

    def add_rule(self, code, fn):
        self.rules.append(PricingRule(code, fn))
        return self

    def total(self):
        amount = self.daily_rate * self.days
        for rule in self.rules:
            amount = rule.apply(amount)
        return amount.quantize(Decimal("0.01"))


def young_driver(amount):
    return amount + Decimal("15.00")


class SessionStore:
    def __init__(self):
        self._blobs = {}

    def save(self, session_id, obj):
        self._blobs[session_id] = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)

    def load(self, session_id):
        return pickle.loads(self._blobs[session_id])


def build_quote(loyalty_tier):
    quote = Quote("R. Salazar", "compact SUV", 4, Decimal("48.00"))
    quote.add_rule("YOUNG", young_driver)
    discount = {"silver": Decimal("0.95"), "gold": Decimal("0.90")}[loyalty_tier]
    quote.add_rule(f"LOYAL-{loyalty_tier}", lambda amount: amount * discount)
    return quote


def main():
    store = SessionStore()
    quote = build_quote("gold")
    print("desk total:", quote.total())
    try:
        store.save("sess-81f3", quote)
        restored = store.load("sess-81f3")
    except (pickle.PicklingError, AttributeError, TypeError) as exc:
        print(f"could not hand over quote: {type(exc).__name__}: {exc}")
        print("BUG SHOWN")
        return
    print("phone total:", restored.total())
    print("OK")


if __name__ == "__main__":
    main()
