from decimal import Decimal


class Coupon:
    def __init__(self, code, percent):
        self.code = code
        self.percent = Decimal(percent)


class ShoppingCart:
    def __init__(self, customer, coupons):
        self.customer = customer
        self.lines = {}
        self.coupons = coupons

    @classmethod
    def for_customer(cls, customer, coupons=set()):
        return cls(customer, coupons)

    def add(self, sku, price, qty=1):
        line = self.lines.setdefault(sku, [Decimal(price), 0])
        line[1] += qty

    def apply_coupon(self, coupon):
        self.coupons.add(coupon.code)
        self._coupon_table[coupon.code] = coupon

    @property
    def _coupon_table(self):
        return self.__dict__.setdefault("_table", {})

    def total(self):
        subtotal = sum(price * qty for price, qty in self.lines.values())
        for code in self.coupons:
            coupon = self._coupon_table.get(code)
            if coupon:
                subtotal -= subtotal * coupon.percent / 100
        return subtotal.quantize(Decimal("0.01"))


def main():
    alice = ShoppingCart.for_customer("alice")
    alice.add("KB-01", "80.00")
    alice.apply_coupon(Coupon("WELCOME10", 10))
    bob = ShoppingCart.for_customer("bob")
    bob.add("MS-02", "40.00")
    assert alice.total() == Decimal("72.00")
    assert "WELCOME10" in bob.coupons
    assert bob.coupons is alice.coupons
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
