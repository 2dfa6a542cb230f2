import threading

from .cache import Tile, TileCache
from .eviction import shrink_to_budget
from .render import render_tiles


def main():
    spilling = threading.Event()
    rendered = threading.Event()

    def spill_to_disk(tile):
        spilling.set()
        rendered.wait(timeout=5)

    cache = TileCache(budget=250, on_evict=spill_to_disk)
    for x in range(3):
        cache.put(Tile(14, x, 0, 100))

    def renderer():
        spilling.wait(timeout=5)
        render_tiles(cache, 15, [(0, 1), (1, 1)], 100)
        rendered.set()

    workers = [threading.Thread(target=shrink_to_budget, args=(cache,)),
               threading.Thread(target=renderer)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()

    actual = sum(tile.size for tile in cache.tiles.values())
    print(f"tiles cached: {len(cache.tiles)}, accounted bytes: {cache.bytes_used}, "
          f"real bytes: {actual}")
    if cache.bytes_used != actual:
        print("cache accounting lost the renderer's writes")
        print("BUG SHOWN")


if __name__ == "__main__":
    main()
