"""Minimal topic-based event bus."""
from collections import defaultdict


class EventBus:
    def __init__(self):
        self._subscribers = defaultdict(list)

    def subscribe(self, topic, handler):
        self._subscribers[topic].append(handler)
        return handler

    def publish(self, topic, payload):
        return [handler(payload) for handler in self._subscribers.get(topic, ())]
