"""Waystation ledger: what arrived where."""
from collections import OrderedDict


class Ledger:
    def __init__(self):
        self.by_station = OrderedDict()

    def arrival(self, station, mules, water_l):
        entry = self.by_station.setdefault(station, {"mules": 0, "water_l": 0})
        entry["mules"] += mules
        entry["water_l"] += water_l

    def summary(self):
        return [(name, e["mules"], e["water_l"]) for name, e in self.by_station.items()]
