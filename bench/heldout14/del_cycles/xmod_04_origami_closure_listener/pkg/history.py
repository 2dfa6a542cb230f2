"""Undo/redo history that notifies listeners whenever it changes."""


class History:
    def __init__(self):
        self.done = []
        self.undone = []
        self._listeners = []

    def subscribe(self, listener):
        self._listeners.append(listener)

    def _notify(self, action):
        for listener in self._listeners:
            listener(action)

    def push(self, step):
        self.done.append(step)
        self.undone.clear()
        self._notify(("do", step))

    def undo(self):
        step = self.done.pop()
        self.undone.append(step)
        self._notify(("undo", step))
        return step
