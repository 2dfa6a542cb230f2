"""Exporters; one keeps its log file open."""
import os


class LoggedExporter:
    def __init__(self):
        self._log = open(os.devnull, "w")

    def export(self, item):
        return item * 2


class PlainExporter:
    def __init__(self, factor):
        self.factor = factor

    def export(self, item):
        return item * self.factor
