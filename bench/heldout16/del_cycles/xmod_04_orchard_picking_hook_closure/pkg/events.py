class Hooks:
    """A tiny per-object hook list."""

    def __init__(self):
        self._callbacks = []

    def add(self, fn):
        self._callbacks.append(fn)
        return fn

    def fire(self, *args):
        for fn in self._callbacks:
            fn(*args)
