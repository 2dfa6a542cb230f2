"""Shared machinery for the buffet car stock systems."""


class StockedCounter:
    """A counter whose stock levels are loaded once and cached."""

    _stock_cache = {}
    counter_name = "counter"

    def load_stock(self):
        raise NotImplementedError

    def stock(self):
        if not self._stock_cache:
            self._stock_cache.update(self.load_stock())
        return self._stock_cache

    def sell(self, item):
        levels = self.stock()
        if levels.get(item, 0) <= 0:
            raise LookupError(f"{self.counter_name}: {item} sold out")
        levels[item] -= 1
        return item
