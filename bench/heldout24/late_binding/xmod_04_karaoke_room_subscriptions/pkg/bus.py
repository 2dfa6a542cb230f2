"""A tiny synchronous publish/subscribe bus."""
from collections import defaultdict


class EventBus:
    def __init__(self):
        self._subscribers = defaultdict(list)
        self.delivered = 0

    def subscribe(self, topic, handler):
        self._subscribers[topic].append(handler)
        return lambda: self._subscribers[topic].remove(handler)

    def publish(self, topic, **payload):
        for handler in list(self._subscribers.get(topic, ())):
            handler(payload)
            self.delivered += 1

    def topics(self):
        return sorted(self._subscribers)
