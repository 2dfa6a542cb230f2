"""An event bus and a resource base class that other modules build on."""


class EventBus:
    def __init__(self):
        self.handlers = {}

    def subscribe(self, name, handler):
        self.handlers.setdefault(name, []).append(handler)

    def call_now(self, handler):
        return handler()

    def emit(self, name):
        return [h() for h in self.handlers.get(name, [])]


def on(table, key, fn):
    table[key] = fn


class Resource:
    closed = []

    def __del__(self):
        Resource.closed.append(type(self).__name__)


class Plain:
    pass
