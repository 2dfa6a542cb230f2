"""Bounded tile cache shared by renderer threads."""
import threading
from collections import OrderedDict
from dataclasses import dataclass


@dataclass(frozen=True)
class Tile:
    zoom: int
    x: int
    y: int
    size: int


class TileCache:
    def __init__(self, budget, on_evict=None):
        self.budget = budget
        self.tiles = OrderedDict()
        self.bytes_used = 0
        self.on_evict = on_evict or (lambda tile: None)
        self._lock = threading.Lock()

    def put(self, tile):
        key = (tile.zoom, tile.x, tile.y)
        with self._lock:
            if key in self.tiles:
                return False
            self.tiles[key] = tile
            self.bytes_used += tile.size
            return True

    def get(self, zoom, x, y):
        with self._lock:
            tile = self.tiles.get((zoom, x, y))
            if tile is not None:
                self.tiles.move_to_end((zoom, x, y))
            return tile

    def over_budget(self):
        return self.bytes_used > self.budget
