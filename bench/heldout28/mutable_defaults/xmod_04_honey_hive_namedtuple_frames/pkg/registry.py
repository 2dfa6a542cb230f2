"""Hive registry: hands out hive records for each apiary."""
from .models import Hive


class HiveRegistry:
    def __init__(self):
        self._hives = {}

    def install(self, hive_id, apiary, queen_marked=False):
        hive = Hive(hive_id, apiary, queen_marked)
        self._hives[hive_id] = hive
        return hive

    def get(self, hive_id):
        return self._hives[hive_id]

    def all(self):
        return list(self._hives.values())
