from datetime import date


class Lot:
    def __init__(self, sku, qty, best_before):
        self.sku = sku
        self.qty = qty
        self.best_before = best_before

    def expired(self, today):
        return self.best_before < today


class Shelf:
    def __init__(self, location):
        self.location = location
        self.lots = []
        self.write_offs = []

    def stock(self, lot):
        self.lots.append(lot)

    def write_off(self, lot, reason):
        self.lots.remove(lot)
        self.write_offs.append((lot.sku, lot.qty, reason))

    def sweep(self, today):
        for lot in self.lots:
            if lot.expired(today):
                self.write_off(lot, "expired")
        return len(self.write_offs)

    def on_hand(self, sku):
        return sum(l.qty for l in self.lots if l.sku == sku)


if __name__ == "__main__":
    shelf = Shelf("A-03")
    shelf.stock(Lot("YOGURT", 12, date(2024, 3, 1)))
    shelf.stock(Lot("YOGURT", 8, date(2024, 3, 2)))
    shelf.stock(Lot("YOGURT", 20, date(2024, 3, 20)))
    shelf.stock(Lot("KEFIR", 5, date(2024, 3, 3)))
    shelf.sweep(date(2024, 3, 10))
    assert shelf.on_hand("YOGURT") == 28, shelf.on_hand("YOGURT")
    assert [sku for sku, _, _ in shelf.write_offs] == ["YOGURT", "KEFIR"]
    print("BUG SHOWN")
