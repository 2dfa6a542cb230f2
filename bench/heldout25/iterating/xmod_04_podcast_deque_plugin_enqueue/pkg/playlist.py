"""The up-next queue shown in the player."""
from collections import deque
from dataclasses import dataclass


@dataclass(frozen=True)
class Episode:
    show: str
    season: int
    number: int
    minutes: int
    season_finale: bool = False

    @property
    def label(self):
        return f"{self.show} S{self.season:02d}E{self.number:02d}"


class UpNext:
    def __init__(self, episodes=()):
        self._queue = deque(episodes)

    def enqueue(self, episode):
        if episode not in self._queue:
            self._queue.append(episode)

    def __iter__(self):
        return iter(self._queue)

    def __len__(self):
        return len(self._queue)
