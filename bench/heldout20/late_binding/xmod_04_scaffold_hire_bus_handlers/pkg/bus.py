from collections import defaultdict


class EventBus:
    def __init__(self):
        self._handlers = defaultdict(list)

    def on(self, topic, handler):
        self._handlers[topic].append(handler)

    def publish(self, topic, payload):
        return [handler(payload) for handler in self._handlers[topic]]
