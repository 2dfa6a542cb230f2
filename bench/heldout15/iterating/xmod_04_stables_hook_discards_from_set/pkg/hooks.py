class Hooks:
    """Named lists of callbacks fired by the yard."""

    def __init__(self):
        self._callbacks = {}

    def connect(self, name, fn):
        self._callbacks.setdefault(name, []).append(fn)

    def fire(self, name, *args):
        for fn in self._callbacks.get(name, ()):
            fn(*args)
