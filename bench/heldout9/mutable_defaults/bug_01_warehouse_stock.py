class OutOfStock(Exception):
    pass


class Warehouse:
    def __init__(self, code, stock={}):
        self.code = code
        self.stock = stock

    def receive(self, sku, qty):
        self.stock[sku] = self.stock.get(sku, 0) + qty

    def pick(self, sku, qty):
        have = self.stock.get(sku, 0)
        if have < qty:
            raise OutOfStock(f"{self.code}: {sku} has {have}, need {qty}")
        self.stock[sku] = have - qty

    def on_hand(self, sku):
        return self.stock.get(sku, 0)


class Inventory:
    def __init__(self):
        self.sites = {}

    def open_site(self, code):
        self.sites[code] = Warehouse(code)
        return self.sites[code]

    def total(self, sku):
        return sum(site.on_hand(sku) for site in self.sites.values())


inv = Inventory()
berlin = inv.open_site("BER")
lyon = inv.open_site("LYS")
berlin.receive("widget", 10)
lyon.receive("widget", 5)
assert berlin.on_hand("widget") == 15
assert inv.total("widget") == 30
print("BUG SHOWN")
