class HookRegistry:
    def __init__(self):
        self._hooks = {}

    def register(self, event, callback):
        self._hooks.setdefault(event, []).append(callback)

    def fire(self, event, payload):
        return [cb(payload) for cb in self._hooks.get(event, [])]


registry = HookRegistry()
