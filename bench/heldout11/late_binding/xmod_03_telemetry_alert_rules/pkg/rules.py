from dataclasses import dataclass


@dataclass(frozen=True)
class Reading:
    unit: str
    temperature: float
    vibration: float


class RuleBook:
    def __init__(self):
        self._rules = []

    def add(self, severity, predicate):
        self._rules.append((severity, predicate))

    def evaluate(self, reading):
        return [severity for severity, predicate in self._rules if predicate(reading)]
