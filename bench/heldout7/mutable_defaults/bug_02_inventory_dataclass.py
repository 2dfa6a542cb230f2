from dataclasses import dataclass, field


class StockLevels:
    def __init__(self):
        self.by_warehouse = {}

    def receive(self, warehouse, qty):
        self.by_warehouse[warehouse] = self.by_warehouse.get(warehouse, 0) + qty

    def total(self):
        return sum(self.by_warehouse.values())


@dataclass
class Sku:
    code: str
    title: str
    stock: StockLevels = StockLevels()
    tags: tuple = field(default_factory=tuple)


class Inventory:
    def __init__(self):
        self.items = {}

    def add_product(self, code, title):
        self.items[code] = Sku(code, title)
        return self.items[code]

    def receive_shipment(self, code, warehouse, qty):
        self.items[code].stock.receive(warehouse, qty)

    def on_hand(self, code):
        return self.items[code].stock.total()


def main():
    inv = Inventory()
    inv.add_product("MUG-01", "Enamel mug")
    inv.add_product("TEE-XL", "T-shirt XL")
    inv.receive_shipment("MUG-01", "berlin", 40)
    assert inv.on_hand("MUG-01") == 40
    assert inv.on_hand("TEE-XL") == 40, inv.on_hand("TEE-XL")
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
