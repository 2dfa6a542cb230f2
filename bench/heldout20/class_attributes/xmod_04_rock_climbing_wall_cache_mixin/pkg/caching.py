class CachedLookup:
    """Memoise expensive lookups keyed by id."""

    _cache = {}
    hits = 0

    def cached(self, key, compute):
        if key in self._cache:
            self.hits += 1
            return self._cache[key]
        value = compute(key)
        self._cache[key] = value
        return value

    def forget(self):
        self._cache.clear()
