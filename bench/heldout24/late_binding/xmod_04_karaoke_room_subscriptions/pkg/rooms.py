"""Private karaoke rooms with their own song queues."""
from collections import deque


class Room:
    def __init__(self, name, capacity):
        self.name = name
        self.capacity = capacity
        self.queue = deque()
        self.now_playing = None
        self.played = []

    def request(self, singer, song):
        self.queue.append((singer, song))

    def play_next(self, reason="track ended"):
        if self.now_playing is not None:
            self.played.append(self.now_playing)
        self.now_playing = self.queue.popleft() if self.queue else None
        return self.now_playing

    def status(self):
        current = "silence" if self.now_playing is None else " - ".join(self.now_playing)
        return f"{self.name:<10} now: {current:<35} waiting: {len(self.queue)}"
