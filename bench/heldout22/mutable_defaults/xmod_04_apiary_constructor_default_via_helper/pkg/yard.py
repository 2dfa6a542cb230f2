"""An apiary yard: the hives kept at one site."""
from .hive import Hive


class Yard:
    def __init__(self, site):
        self.site = site
        self.hives = {}

    def install(self, hive_id, queen_year):
        hive = Hive(hive_id, queen_year)
        self.hives[hive_id] = hive
        return hive

    def harvest_estimate(self):
        return {hid: h.estimated_honey_kg() for hid, h in self.hives.items()}
