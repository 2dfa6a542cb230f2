"""Time-to-live cache with an eviction hook."""


class Entry:
    __slots__ = ("value", "expires_at")

    def __init__(self, value, expires_at):
        self.value = value
        self.expires_at = expires_at


class TTLCache:
    def __init__(self, ttl, on_evict=None):
        self.ttl = ttl
        self.on_evict = on_evict
        self._store = {}

    def set(self, key, value, now):
        self._store[key] = Entry(value, now + self.ttl)

    def get(self, key, now, default=None):
        entry = self._store.get(key)
        if entry is None or entry.expires_at <= now:
            return default
        return entry.value

    def _evict(self, key):
        entry = self._store.pop(key)
        if self.on_evict is not None:
            self.on_evict(key, entry.value)

    def purge_expired(self, now):
        expired = [key for key, entry in self._store.items() if entry.expires_at <= now]
        for key in expired:
            self._evict(key)
        return len(expired)


if __name__ == "__main__":
    evicted = []
    cache = TTLCache(ttl=30, on_evict=lambda k, v: evicted.append(k))
    cache.set("session:a", "alice", now=0)
    cache.set("session:b", "bob", now=10)
    cache.set("session:c", "carol", now=100)

    assert cache.get("session:a", now=5) == "alice"
    assert cache.purge_expired(now=60) == 2
    assert evicted == ["session:a", "session:b"]
    assert list(cache._store) == ["session:c"]
    print("OK")
