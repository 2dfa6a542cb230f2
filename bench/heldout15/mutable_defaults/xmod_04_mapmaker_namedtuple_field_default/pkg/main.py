from .requests import TileRequest
from .render import TileCache, add_overlays


def main():
    cache = TileCache()
    hiking = add_overlays(TileRequest(12, 2044, 1360), ["footpaths", "huts"])
    cycling = add_overlays(TileRequest(12, 2045, 1360, style="road"), ["cycleways"])
    plain = TileRequest(12, 2046, 1360)

    for req in (hiking, cycling, plain):
        tile = cache.get(req)
        print(tile["key"], tile["stack"])

    if cache.get(plain)["stack"] != ["land", "water", "contours"]:
        print("plain tile picked up overlays:", plain.layers)
        print("BUG SHOWN")
        return
    print("OK")


if __name__ == "__main__":
    main()
