"""Weekly totals shown on the app's home screen."""
from collections import Counter

from .hub import SyncHub, Workout


class WeeklyTotals:
    def __init__(self, hub: SyncHub):
        self.km = Counter()
        self.sessions = 0
        hub.subscribe(self.record)

    def record(self, workout: Workout) -> None:
        self.km[workout.sport] += workout.distance_km
        self.sessions += 1
