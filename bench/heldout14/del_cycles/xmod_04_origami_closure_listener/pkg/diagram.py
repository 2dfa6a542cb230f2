"""A folding diagram bound to one render surface."""

from .history import History
from .surfaces import POOL


class Diagram:
    def __init__(self, model):
        self.model = model
        self.surface = POOL.acquire()
        self.frames = []
        self.history = History()
        self.history.subscribe(lambda action: self._redraw(*action))

    def _redraw(self, kind, step):
        self.frames.append(f"{self.surface}: {kind} {step}")

    def fold(self, step):
        self.history.push(step)

    def undo(self):
        return self.history.undo()

    def close(self):
        self.frames.append("closed")

    def __del__(self):
        POOL.release(self.surface)
