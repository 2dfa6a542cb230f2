from decimal import Decimal


class UnsupportedCurrency(Exception):
    pass


class PaymentGateway:
    currencies = ["USD"]
    registry = {}

    def __init_subclass__(cls, code, currencies=(), **kwargs):
        super().__init_subclass__(**kwargs)
        cls.code = code
        cls.currencies = [*cls.currencies, *(c for c in currencies if c not in cls.currencies)]
        PaymentGateway.registry[code] = cls

    def __init__(self, api_key):
        self.api_key = api_key

    def charge(self, amount, currency):
        if currency not in self.currencies:
            raise UnsupportedCurrency(f"{self.code} cannot charge {currency}")
        return {"gateway": self.code, "amount": str(Decimal(amount)), "currency": currency}


class CardGateway(PaymentGateway, code="card", currencies=("EUR", "GBP")):
    pass


class PixGateway(PaymentGateway, code="pix", currencies=("BRL",)):
    pass


def checkout(gateway_code, amount, currency):
    gateway = PaymentGateway.registry[gateway_code](api_key="sk_test")
    return gateway.charge(amount, currency)


def main():
    try:
        checkout("pix", "19.90", "GBP")
    except UnsupportedCurrency as exc:
        assert "pix" in str(exc)
    else:
        raise AssertionError("pix must reject GBP")
    assert checkout("card", "5.00", "EUR")["gateway"] == "card"
    assert CardGateway.currencies == ["USD", "EUR", "GBP"]
    assert PixGateway.currencies == ["USD", "BRL"]
    assert PaymentGateway.currencies == ["USD"]
    print("OK")


if __name__ == "__main__":
    main()
