"""Tiny synchronous publish/subscribe bus."""
from collections import defaultdict


class EventBus:
    def __init__(self):
        self._subscribers = defaultdict(list)

    def on(self, topic):
        def subscribe(handler):
            self._subscribers[topic].append(handler)
            return handler
        return subscribe

    def publish(self, topic, **payload):
        delivered = 0
        for handler in list(self._subscribers.get(topic, ())):
            handler(payload)
            delivered += 1
        return delivered

    def topics(self):
        return sorted(self._subscribers)
