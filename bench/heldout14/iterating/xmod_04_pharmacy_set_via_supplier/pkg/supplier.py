"""Wholesaler link: items held in the local depot arrive on the same run."""


class Wholesaler:
    def __init__(self, depot_stock):
        self.depot_stock = dict(depot_stock)
        self.backorders = []

    def order(self, inventory, drug, qty):
        available = self.depot_stock.get(drug, 0)
        if available >= qty:
            self.depot_stock[drug] = available - qty
            inventory.restock(drug, qty)
            return "delivered"
        self.backorders.append((drug, qty))
        return "backordered"
