from .base import StockKeeper


class HarbourCounter(StockKeeper):
    def __init__(self, quay):
        self.quay = quay


class MarinaCounter(StockKeeper):
    reorder_level = 5

    def __init__(self, berth_count):
        self.berth_count = berth_count
