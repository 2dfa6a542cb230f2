from .gateway import Declined, Gateway


class StripeLike(Gateway):
    def authorize(self, charge):
        charge.trail.append("stripe")
        return {"id": "ch_1", "amount": charge.amount_cents}


class BankTransfer(Gateway):
    def authorize(self, charge):
        charge.trail.append("bank")
        return {"id": "bt_1", "amount": charge.amount_cents}


@StripeLike.use
def require_card(gateway, charge):
    if not charge.card:
        raise Declined("card required")
    charge.trail.append("card-check")


@BankTransfer.use
def eur_only(gateway, charge):
    if charge.currency != "EUR":
        raise Declined("EUR only")
    charge.trail.append("currency-check")
