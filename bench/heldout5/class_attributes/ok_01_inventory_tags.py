class Item:
    default_tags = ("stock",)
    reorder_level = 5

    def __init__(self, sku, qty):
        self.sku = sku
        self.qty = qty
        self.tags = list(self.default_tags)
        self.movements = []

    def tag(self, label):
        self.tags.append(label)

    def move(self, delta, reason):
        self.qty += delta
        self.movements.append((delta, reason))
        if self.qty <= self.reorder_level and "reorder" not in self.tags:
            self.tag("reorder")


class Perishable(Item):
    default_tags = Item.default_tags + ("cold-chain",)

    def expire(self):
        self.default_tags = self.default_tags + ("expired",)
        self.move(-self.qty, "expired")


class Inventory:
    def __init__(self):
        self.items = {}

    def receive(self, item_cls, sku, qty):
        self.items[sku] = item_cls(sku, qty)
        return self.items[sku]


if __name__ == "__main__":
    inv = Inventory()
    bolts = inv.receive(Item, "BOLT-M4", 100)
    milk = inv.receive(Perishable, "MILK-1L", 3)
    cheese = inv.receive(Perishable, "CHEESE", 40)
    milk.move(0, "count")
    milk.expire()
    bolts.tag("hardware")
    assert milk.tags == ["stock", "cold-chain", "reorder"]
    assert cheese.tags == ["stock", "cold-chain"]
    assert bolts.tags == ["stock", "hardware"]
    assert Perishable.default_tags == ("stock", "cold-chain")
    assert cheese.movements == []
    print("OK")
