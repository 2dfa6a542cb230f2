import fnmatch
from collections import defaultdict


class TopicSubscriptionsMixin:
    _subscriptions = defaultdict(list)

    def subscribe(self, pattern, callback):
        self._subscriptions[pattern].append(callback)
        return lambda: self._subscriptions[pattern].remove(callback)

    def _matching(self, topic):
        for pattern, callbacks in self._subscriptions.items():
            if fnmatch.fnmatchcase(topic, pattern):
                yield from callbacks
