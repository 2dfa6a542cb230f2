"""Achievement badges; each badge stops listening once it is earned."""
from typing import List

from .hub import SyncHub, Workout


class Badge:
    def __init__(self, hub: SyncHub, title: str, sport: str, target_km: float):
        self.hub = hub
        self.title = title
        self.sport = sport
        self.target_km = target_km
        self.progress = 0.0
        self.earned_by: List[str] = []
        hub.subscribe(self.on_workout)

    def on_workout(self, workout: Workout) -> None:
        if workout.sport != self.sport:
            return
        self.progress += workout.distance_km
        if self.progress >= self.target_km:
            self.earned_by.append(workout.user)
            self.hub.unsubscribe(self.on_workout)
