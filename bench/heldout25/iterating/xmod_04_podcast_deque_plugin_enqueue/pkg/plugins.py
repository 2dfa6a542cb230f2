"""Player plugins notified as each episode is played."""
from .playlist import Episode


class ListeningStats:
    def __init__(self):
        self.minutes = 0

    def on_played(self, up_next, episode):
        self.minutes += episode.minutes


class AutoQueueNextSeason:
    """When a season finale plays, queue the premiere of the next season."""

    def __init__(self, catalogue):
        self.catalogue = catalogue

    def on_played(self, up_next, episode):
        if not episode.season_finale:
            return
        premiere = self.catalogue.get((episode.show, episode.season + 1))
        if premiere is not None:
            up_next.enqueue(premiere)


CATALOGUE = {
    ("Night Shift Notes", 3): Episode("Night Shift Notes", 3, 1, 41),
    ("Quiet Orbit", 2): Episode("Quiet Orbit", 2, 1, 55),
}
