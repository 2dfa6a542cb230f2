"""Mosaic tile studio: panels hold tiles; a panel's grout batch is returned on disposal."""

import gc

gc.disable()


class GroutStore:
    def __init__(self, kg):
        self.kg = kg
        self.returned = []

    def draw(self, kg):
        self.kg -= kg
        return kg

    def give_back(self, panel_name, kg):
        self.kg += kg
        self.returned.append(panel_name)


class Tile:
    def __init__(self, colour, row, col):
        self.colour = colour
        self.row = row
        self.col = col
        self.panel = None

    def neighbours(self):
        return [t for t in self.panel.tiles
                if abs(t.row - self.row) + abs(t.col - self.col) == 1]


class Panel:
    def __init__(self, name, store, grout_kg):
        self.name = name
        self.store = store
        self.grout = store.draw(grout_kg)
        self.tiles = []

    def place(self, tile):
        tile.panel = self
        self.tiles.append(tile)

    def lay_pattern(self, colours, width):
        for i, colour in enumerate(colours):
            self.place(Tile(colour, i // width, i % width))

    def clashes(self):
        return sum(1 for t in self.tiles for n in t.neighbours() if n.colour == t.colour)

    def __del__(self):
        self.store.give_back(self.name, self.grout)


def main():
    store = GroutStore(10.0)
    panel = Panel("sunburst", store, 2.5)
    panel.lay_pattern(["gold", "blue", "gold", "blue", "gold", "blue"], width=3)
    print("clashing pairs:", panel.clashes() // 2)
    del panel
    print("grout in store:", store.kg)
    if "sunburst" not in store.returned:
        print("panel disposed but its grout never came back")
        print("BUG SHOWN")
        return
    print("OK")


if __name__ == "__main__":
    main()
