from .gateway import Gateway


class Order:
    def __init__(self, order_id, lines):
        self.order_id = order_id
        self.lines = lines
        self.charge_id = None

    @property
    def total(self):
        return sum(qty * price for _, qty, price in self.lines)


class Checkout:
    def __init__(self, gateway=None):
        self.gateway = gateway or Gateway()

    def pay(self, order, card_number):
        charge = self.gateway.charge(order.total, card_number)
        order.charge_id = charge.id
        return charge
