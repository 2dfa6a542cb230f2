"""Event bus supporting one-shot subscriptions."""
from collections import defaultdict


class EventBus:
    def __init__(self):
        self._handlers = defaultdict(list)

    def on(self, topic, handler):
        self._handlers[topic].append(handler)
        return handler

    def off(self, topic, handler):
        self._handlers[topic].remove(handler)

    def once(self, topic, handler):
        def wrapper(event):
            self.off(topic, wrapper)
            return handler(event)
        return self.on(topic, wrapper)

    def emit(self, topic, event):
        delivered = 0
        for handler in self._handlers[topic]:
            handler(event)
            delivered += 1
        return delivered


if __name__ == "__main__":
    bus = EventBus()
    calls = []
    bus.once("ready", lambda e: calls.append(("warmup", e)))
    bus.on("ready", lambda e: calls.append(("metrics", e)))
    bus.on("ready", lambda e: calls.append(("notify", e)))

    delivered = bus.emit("ready", 1)
    assert delivered == 2
    assert calls == [("warmup", 1), ("notify", 1)]

    calls.clear()
    bus.emit("ready", 2)
    assert calls == [("metrics", 2), ("notify", 2)]
    print("BUG SHOWN")
