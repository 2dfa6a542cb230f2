"""A kiosk keeps the day's returns until the evening close."""
from .ledger import Return, summarize_returns


class Kiosk:
    def __init__(self, name, stock):
        self.name = name
        self.stock = set(stock)
        self.lent = {}
        self._returns_today = []

    def lend(self, umbrella_id, customer):
        self.stock.remove(umbrella_id)
        self.lent[umbrella_id] = customer

    def take_back(self, umbrella_id, hours_out):
        self.lent.pop(umbrella_id, None)
        self.stock.add(umbrella_id)
        self._returns_today.append(Return(umbrella_id, hours_out, self.name))

    def close_day(self):
        summary = summarize_returns(self.name, self._returns_today)
        self._returns_today = []
        return summary
