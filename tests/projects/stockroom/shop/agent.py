"""A ticket agent: each locks its own lock around the shared inventory."""
import threading

from . import inventory


class Agent:
    def __init__(self, checkpoint):
        self._lock = threading.Lock()
        self.checkpoint = checkpoint

    def sell(self, kind):
        with self._lock:
            have = inventory.TOYS[kind]
            self.checkpoint()
            inventory.TOYS[kind] = have - 1
