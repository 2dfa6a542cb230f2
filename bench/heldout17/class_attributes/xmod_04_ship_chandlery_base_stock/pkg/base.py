class StockKeeper:
    """Common stock operations for a chandlery counter."""

    stock = {}
    reorder_level = 2

    def receive(self, item, qty):
        self.stock[item] = self.stock.get(item, 0) + qty

    def sell(self, item, qty):
        have = self.stock.get(item, 0)
        if have < qty:
            raise ValueError(f"only {have} {item}")
        self.stock[item] = have - qty

    def low_items(self):
        return sorted(i for i, q in self.stock.items() if q <= self.reorder_level)
