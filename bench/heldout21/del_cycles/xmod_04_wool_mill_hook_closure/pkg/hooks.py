"""Simple hook lists used by mill machinery."""


class Hooks:
    def __init__(self):
        self._fns = []

    def add(self, fn):
        self._fns.append(fn)
        return fn

    def fire(self, *args):
        for fn in self._fns:
            fn(*args)
