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

    def _write_off(self, lot, reason):
        self.lots.remove(lot)
        self.write_offs.append((lot.sku, lot.qty, reason))

    def sweep(self, today):
        for lot in self.lots:
            if lot.expired(today):
                self._write_off(lot, "expired")
        return len(self.write_offs)

    def quantity(self, sku):
        return sum(lot.qty for lot in self.lots if lot.sku == sku)


def main():
    shelf = Shelf("A-03")
    shelf.stock(Lot("milk-1l", 12, date(2024, 5, 1)))
    shelf.stock(Lot("milk-1l", 8, date(2024, 5, 2)))
    shelf.stock(Lot("yogurt", 20, date(2024, 6, 30)))
    shelf.stock(Lot("cream", 6, date(2024, 5, 3)))

    written_off = shelf.sweep(today=date(2024, 6, 1))

    assert written_off == 2, written_off
    assert shelf.quantity("milk-1l") == 8, shelf.quantity("milk-1l")
    assert any(lot.expired(date(2024, 6, 1)) for lot in shelf.lots)
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
