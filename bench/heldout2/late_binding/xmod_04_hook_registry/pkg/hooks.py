from collections import defaultdict


class HookRegistry:
    def __init__(self):
        self._hooks = defaultdict(list)

    def register(self, event, fn):
        self._hooks[event].append(fn)
        return fn

    def fire(self, event, *args):
        return [fn(*args) for fn in self._hooks[event]]


hooks = HookRegistry()
