"""A minimal topic-based event bus used by the life-support system."""
from collections import defaultdict


class EventBus:
    def __init__(self):
        self._handlers = defaultdict(list)

    def on(self, topic):
        def register(handler):
            self._handlers[topic].append(handler)
            return handler
        return register

    def publish(self, topic, payload):
        delivered = 0
        for handler in self._handlers.get(topic, ()):
            handler(payload)
            delivered += 1
        return delivered

    def topics(self):
        return sorted(self._handlers)
