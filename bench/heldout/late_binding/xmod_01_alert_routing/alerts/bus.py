"""Deferred-delivery event bus: handlers run when the queue is flushed."""
from collections import defaultdict, deque


class DeferredBus:
    def __init__(self):
        self._handlers = defaultdict(list)
        self._queue = deque()

    def handler(self, topic):
        def register(fn):
            self._handlers[topic].append(fn)
            return fn
        return register

    def post(self, topic, payload):
        self._queue.append((topic, payload))

    def flush(self):
        delivered = 0
        while self._queue:
            topic, payload = self._queue.popleft()
            for fn in self._handlers.get(topic, ()):
                fn(payload)
                delivered += 1
        return delivered
