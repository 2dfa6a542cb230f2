class TileGrid:
    def __init__(self, layers):
        self.layers = layers

    def tile_count(self):
        return sum(len(layer.TILES) for layer in self.layers)


def layer_for_zoom(name, zoom, tile_size=256):
    class Layer:
        NAME = name
        ZOOM = zoom
        TILE_SIZE = tile_size
        SPAN = 2 ** ZOOM
        TILES = [(x, y) for x in range(SPAN) for y in range(SPAN)]
        EXTENT_PX = SPAN * TILE_SIZE

        @classmethod
        def bounds(cls):
            return (0, 0, cls.EXTENT_PX, cls.EXTENT_PX)

    return Layer


class TileRenderer:
    def __init__(self, style):
        self.style = style
        self.layers = []

    def add_zoom_levels(self, max_zoom):
        for z in range(max_zoom + 1):
            self.layers.append(layer_for_zoom(f"{self.style}-z{z}", z))
        return TileGrid(self.layers)


def main():
    renderer = TileRenderer("osm-bright")
    try:
        grid = renderer.add_zoom_levels(2)
    except NameError as exc:
        assert "SPAN" in str(exc)
        assert renderer.layers == []
        print("BUG SHOWN")
        return
    raise AssertionError(f"built grid with {grid.tile_count()} tiles")


if __name__ == "__main__":
    main()
