"""Headless player used for offline listening sessions."""


class Player:
    def __init__(self, plugins):
        self.plugins = list(plugins)
        self.history = []

    def _notify(self, up_next, episode):
        for plugin in self.plugins:
            plugin.on_played(up_next, episode)

    def play_through(self, up_next):
        for episode in up_next:
            self.history.append(episode.label)
            self._notify(up_next, episode)
        return self.history
