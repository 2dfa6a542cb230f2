"""Meal tracker for a nutrition coaching app.

Logging a meal publishes the running daily totals to subscribers: the
dashboard, a streak counter, and one-shot alerts that fire once when a
limit is crossed and then cancel themselves.
"""
import itertools
from dataclasses import dataclass


@dataclass(frozen=True)
class Meal:
    name: str
    kcal: int
    protein_g: float


class DailyTotals:
    def __init__(self):
        self._subscribers = {}
        self._tokens = itertools.count(1)
        self.kcal = 0
        self.protein_g = 0.0

    def subscribe(self, callback):
        token = next(self._tokens)
        self._subscribers[token] = callback
        return token

    def unsubscribe(self, token):
        self._subscribers.pop(token, None)

    def log(self, meal):
        self.kcal += meal.kcal
        self.protein_g += meal.protein_g
        self._publish()

    def _publish(self):
        for token, callback in self._subscribers.items():
            callback(self)


def alert_once(totals, predicate, message, sink):
    token = None

    def check(current):
        if predicate(current):
            sink.append(message)
            totals.unsubscribe(token)

    token = totals.subscribe(check)
    return token


class Dashboard:
    def __init__(self):
        self.frames = []

    def __call__(self, totals):
        self.frames.append((totals.kcal, round(totals.protein_g, 1)))


def main():
    totals = DailyTotals()
    dashboard = Dashboard()
    alerts = []
    totals.subscribe(dashboard)
    alert_once(totals, lambda t: t.kcal > 1800, "calorie target exceeded", alerts)
    totals.subscribe(lambda t: None)

    try:
        for meal in (Meal("porridge", 420, 14.0), Meal("noodle soup", 780, 31.5),
                     Meal("pasta bake", 910, 38.0), Meal("yoghurt", 150, 9.0)):
            totals.log(meal)
    except RuntimeError as exc:
        print("meal logging crashed:", exc)
        print("dashboard frames so far:", dashboard.frames, "alerts:", alerts)
        print("BUG SHOWN")
        return
    print("dashboard:", dashboard.frames)
    print("alerts:", alerts)


if __name__ == "__main__":
    main()
