"""Stock levels with a low-stock watch list."""


class Inventory:
    def __init__(self, reorder_level):
        self.reorder_level = reorder_level
        self.stock = {}
        self.low_stock = set()

    def set_level(self, drug, qty):
        self.stock[drug] = qty
        self._refresh(drug)

    def take(self, drug, qty):
        if self.stock.get(drug, 0) < qty:
            raise ValueError(f"insufficient {drug}")
        self.stock[drug] -= qty
        self._refresh(drug)

    def restock(self, drug, qty):
        self.stock[drug] = self.stock.get(drug, 0) + qty
        self._refresh(drug)

    def _refresh(self, drug):
        if self.stock[drug] < self.reorder_level:
            self.low_stock.add(drug)
        else:
            self.low_stock.discard(drug)

    def pending_reorders(self):
        for drug in self.low_stock:
            yield drug, self.reorder_level * 3 - self.stock[drug]
