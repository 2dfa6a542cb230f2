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

    def _evict(self, key):
        del self._data[key]
        self.evictions += 1

    def purge_expired(self):
        now = self._clock()
        for key, entry in list(self._data.items()):
            if entry.expires_at <= now:
                self._evict(key)
        return self.evictions


class Subscribers:
    def __init__(self):
        self.handlers = []

    def emit(self, *args):
        for handler in self.handlers[:]:
            handler(*args)


def main():
    now = [0]
    cache = TTLCache(lambda: now[0])
    cache.set("session:1", "alice", ttl=10)
    cache.set("session:2", "bob", ttl=100)
    cache.set("session:3", "carol", ttl=5)
    now[0] = 50
    assert cache.purge_expired() == 2
    assert list(cache._data) == ["session:2"]
    subs = Subscribers()
    seen = []
    def first():
        seen.append(1)
        subs.handlers.remove(first)
    subs.handlers += [first, lambda: seen.append(2)]
    subs.emit()
    assert seen == [1, 2]
    print("OK")


if __name__ == "__main__":
    main()
