class Warehouse:
    def __init__(self, stock):
        self.stock = dict(stock)
        self.discontinued = []

    def _discontinue(self, sku):
        del self.stock[sku]
        self.discontinued.append(sku)

    def _restock_level(self, sku):
        return 5 if sku.startswith("CORE-") else 0

    def end_of_season(self):
        for sku, qty in list(self.stock.items()):
            if qty == 0 and self._restock_level(sku) == 0:
                self._discontinue(sku)


def main():
    wh = Warehouse({"CORE-1": 0, "SUMMER-HAT": 0, "SUMMER-FAN": 3, "SUMMER-BAG": 0})
    wh.end_of_season()
    assert wh.discontinued == ["SUMMER-HAT", "SUMMER-BAG"]
    assert wh.stock == {"CORE-1": 0, "SUMMER-FAN": 3}
    print("OK")


if __name__ == "__main__":
    main()
