"""Shop catalogue: jars of dried herbs keyed by name."""
import datetime
from dataclasses import dataclass


@dataclass
class Jar:
    herb: str
    grams: int
    best_before: datetime.date


class Catalog:
    def __init__(self):
        self._jars = {}
        self.withdrawn = []

    def stock(self, herb, grams, best_before):
        self._jars[herb] = Jar(herb, grams, best_before)

    def names(self):
        return self._jars.keys()

    def jar(self, herb):
        return self._jars[herb]

    def withdraw(self, herb, reason):
        jar = self._jars.pop(herb)
        self.withdrawn.append((jar.herb, reason))
        return jar
