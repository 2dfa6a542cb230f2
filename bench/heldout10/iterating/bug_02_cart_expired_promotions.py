import datetime


class CartLine:
    def __init__(self, sku, price, promo_until=None):
        self.sku = sku
        self.price = price
        self.promo_until = promo_until

    def is_expired_promo(self, today):
        return self.promo_until is not None and self.promo_until < today


class Cart:
    def __init__(self):
        self.lines = []
        self.removed = []

    def add(self, line):
        self.lines.append(line)

    def remove(self, line):
        self.lines.remove(line)
        self.removed.append(line.sku)

    def revalidate(self, today):
        for line in self.lines:
            if line.is_expired_promo(today):
                self.remove(line)
        return self


def main():
    today = datetime.date(2024, 6, 1)
    last_week = datetime.date(2024, 5, 25)
    cart = Cart()
    cart.add(CartLine("TEA-1", 4.5))
    cart.add(CartLine("MUG-FLASH", 3.0, promo_until=last_week))
    cart.add(CartLine("SPOON-FLASH", 1.0, promo_until=last_week))
    cart.add(CartLine("HONEY", 6.0, promo_until=datetime.date(2024, 7, 1)))
    cart.revalidate(today)
    remaining = [line.sku for line in cart.lines]
    assert cart.removed == ["MUG-FLASH"]
    assert "SPOON-FLASH" in remaining, remaining
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
