"""Publishes synced workouts to interested components."""
from dataclasses import dataclass
from typing import Callable, List


@dataclass(frozen=True)
class Workout:
    user: str
    sport: str
    distance_km: float
    minutes: int


Listener = Callable[[Workout], None]


class SyncHub:
    def __init__(self) -> None:
        self._listeners: List[Listener] = []

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def publish(self, workout: Workout) -> None:
        for listener in self._listeners:
            listener(workout)
