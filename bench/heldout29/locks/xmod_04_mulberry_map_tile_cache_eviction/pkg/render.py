"""Renderer worker that draws tiles and stores them in the cache."""
from .cache import Tile


def render_tiles(cache, zoom, coords, tile_size):
    stored = []
    for x, y in coords:
        tile = Tile(zoom, x, y, tile_size)
        if cache.put(tile):
            stored.append(tile)
    return stored
