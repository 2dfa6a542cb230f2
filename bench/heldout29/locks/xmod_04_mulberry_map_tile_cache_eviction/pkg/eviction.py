"""Background eviction: spills least recently used tiles to disk."""


def evict_oldest(cache):
    used = cache.bytes_used
    key, tile = next(iter(cache.tiles.items()))
    del cache.tiles[key]
    cache.on_evict(tile)
    cache.bytes_used = used - tile.size
    return tile


def shrink_to_budget(cache):
    evicted = []
    while cache.over_budget() and cache.tiles:
        evicted.append(evict_oldest(cache))
    return evicted
