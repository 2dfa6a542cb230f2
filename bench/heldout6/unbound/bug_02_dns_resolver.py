import time


class ResolverTimeout(Exception):
    pass


class Upstream:
    def __init__(self, zone, unreachable=()):
        self.zone = zone
        self.unreachable = set(unreachable)

    def query(self, name, rtype):
        if name in self.unreachable:
            raise ResolverTimeout(name)
        return [rec for rec in self.zone.get(name, []) if rec[0] == rtype]


class StubResolver:
    def __init__(self, upstream, ttl=300):
        self.upstream = upstream
        self.ttl = ttl
        self._cache = {}
        self.stats = {"hits": 0, "misses": 0, "timeouts": 0}

    def _cached(self, key):
        entry = self._cache.get(key)
        if entry and entry[0] > time.monotonic():
            self.stats["hits"] += 1
            return entry[1]
        return None

    def _store(self, key, records):
        self._cache[key] = (time.monotonic() + self.ttl, records)
        return records

    def _ask_upstream(self, name, rtype):
        self.stats["misses"] += 1
        try:
            records = self.upstream.query(name, rtype)
        except ResolverTimeout:
            self.stats["timeouts"] += 1
        return self._store((name, rtype), records)

    def resolve(self, name, rtype="A"):
        name = name.rstrip(".").lower()
        cached = self._cached((name, rtype))
        if cached is not None:
            return cached
        return self._ask_upstream(name, rtype)

    def addresses(self, name):
        return [value for _, value in self.resolve(name, "A")]


def main():
    zone = {"example.org": [("A", "93.184.216.34"), ("MX", "mail.example.org")]}
    resolver = StubResolver(Upstream(zone, unreachable={"slow.example.net"}))
    assert resolver.addresses("Example.org.") == ["93.184.216.34"]
    assert resolver.addresses("example.org") == ["93.184.216.34"]
    assert resolver.stats["hits"] == 1
    try:
        resolver.addresses("slow.example.net")
    except UnboundLocalError as exc:
        assert "records" in str(exc)
        assert resolver.stats["timeouts"] == 1
        print("BUG SHOWN")
    else:
        raise AssertionError("timeout was handled")


if __name__ == "__main__":
    main()
