class Entry:
    def __init__(self, value, expires_at):
        self.value = value
        self.expires_at = expires_at


class TTLCache:
    def __init__(self, clock):
        self._clock = clock
        self._data = {}
        self.evictions = 0

    def set(self, key, value, ttl):
        self._data[key] = Entry(value, self._clock() + ttl)

    def get(self, key):
        entry = self._data.get(key)
        if entry is None or entry.expires_at <= self._clock():
            return None
        return entry.value

    def _evict(self, key):
        del self._data[key]
        self.evictions += 1

    def purge_expired(self):
        now = self._clock()
        for key, entry in self._data.items():
            if entry.expires_at <= now:
                self._evict(key)
        return self.evictions


def main():
    now = [0]
    cache = TTLCache(lambda: now[0])
    cache.set("session:1", "alice", ttl=10)
    cache.set("session:2", "bob", ttl=100)
    cache.set("session:3", "carol", ttl=5)
    now[0] = 50
    try:
        cache.purge_expired()
    except RuntimeError as exc:
        assert "changed size during iteration" in str(exc)
        assert "session:3" in cache._data
        print("BUG SHOWN")
    else:
        raise AssertionError("expected RuntimeError")


if __name__ == "__main__":
    main()
