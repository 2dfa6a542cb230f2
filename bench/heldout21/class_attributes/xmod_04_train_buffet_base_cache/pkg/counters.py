"""The hot and cold counters on the train buffet car."""
from .base import StockedCounter


class HotCounter(StockedCounter):
    counter_name = "hot"

    def load_stock(self):
        return {"bacon roll": 12, "porridge": 8, "tea": 40}


class ColdCounter(StockedCounter):
    counter_name = "cold"

    def load_stock(self):
        return {"sandwich": 20, "crisps": 30, "juice": 15}
