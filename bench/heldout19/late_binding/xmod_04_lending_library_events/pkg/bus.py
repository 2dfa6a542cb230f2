"""A tiny synchronous publish/subscribe bus."""

from collections import defaultdict


class EventBus:
    def __init__(self):
        self._subs = defaultdict(list)

    def subscribe(self, topic, handler):
        self._subs[topic].append(handler)

    def subscribe_all(self, pairs):
        for topic, handler in pairs:
            self.subscribe(topic, handler)

    def publish(self, topic, payload):
        return [h(payload) for h in self._subs.get(topic, [])]
