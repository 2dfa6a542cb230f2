"""Rate limiter and hit counters for the cache layer."""
import time

_cache_hits = 0
_cache_misses = 0
_store = {}


def cache_get(key, compute):
    global _cache_hits, _cache_misses
    if key in _store:
        _cache_hits += 1
        return _store[key]
    _cache_misses += 1
    _store[key] = value = compute(key)
    return value


def make_limiter(capacity, refill_per_sec, clock=time.monotonic):
    tokens = capacity
    last = clock()

    def allow(cost=1):
        nonlocal tokens, last
        now = clock()
        tokens = min(capacity, tokens + (now - last) * refill_per_sec)
        last = now
        if tokens >= cost:
            tokens -= cost
            return True
        return False

    return allow


if __name__ == "__main__":
    for key in ("a", "b", "a", "a"):
        cache_get(key, str.upper)
    assert (_cache_hits, _cache_misses) == (2, 2)
    fake_now = [0.0]
    allow = make_limiter(2, 1.0, clock=lambda: fake_now[0])
    assert allow() and allow() and not allow()
    fake_now[0] = 1.5
    assert allow()
    print("OK")
