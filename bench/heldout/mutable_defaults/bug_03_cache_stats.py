"""LRU cache that reports hit/miss statistics."""
from collections import OrderedDict


class CacheStats:
    def __init__(self):
        self.hits = 0
        self.misses = 0
        self.evictions = 0

    def ratio(self):
        total = self.hits + self.misses
        return self.hits / total if total else 0.0


class LRUCache:
    def __init__(self, capacity, stats=CacheStats()):
        self.capacity = capacity
        self.stats = stats
        self._data = OrderedDict()

    def get(self, key, default=None):
        if key in self._data:
            self._data.move_to_end(key)
            self.stats.hits += 1
            return self._data[key]
        self.stats.misses += 1
        return default

    def put(self, key, value):
        self._data[key] = value
        self._data.move_to_end(key)
        if len(self._data) > self.capacity:
            self._data.popitem(last=False)
            self.stats.evictions += 1


def warm(cache, items):
    for key, value in items:
        cache.put(key, value)


if __name__ == "__main__":
    sessions = LRUCache(capacity=2)
    templates = LRUCache(capacity=8)

    warm(sessions, [("s1", "alice"), ("s2", "bob"), ("s3", "carol")])
    assert sessions.get("s3") == "carol"
    assert sessions.get("s1") is None

    assert templates.get("index.html") is None
    assert templates.stats.hits == 1
    assert templates.stats.evictions == 1
    assert templates.stats is sessions.stats
    print("BUG SHOWN")
