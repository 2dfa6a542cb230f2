class Charge:
    def __init__(self, amount_cents, currency, card):
        self.amount_cents = amount_cents
        self.currency = currency
        self.card = card
        self.trail = []


class Declined(Exception):
    pass


class Gateway:
    middlewares = []

    @classmethod
    def use(cls, middleware):
        cls.middlewares.append(middleware)
        return middleware

    def submit(self, charge):
        for middleware in self.middlewares:
            middleware(self, charge)
        return self.authorize(charge)

    def authorize(self, charge):
        raise NotImplementedError
