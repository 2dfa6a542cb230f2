"""Tile stock for a mosaic workshop.

Tiles arrive in mixed boxes; before a panel is laid, the stock is screened
and cracked tiles are moved to the waste bin so that only sound tiles are
offered to the layout planner.
"""
from collections import Counter
from dataclasses import dataclass


@dataclass
class Tile:
    code: str
    colour: str
    cracked: bool = False


class TileStock:
    def __init__(self):
        self.tiles = []
        self.waste = []

    def receive(self, box):
        self.tiles.extend(box)

    def screen(self):
        for tile in self.tiles:
            if tile.cracked:
                self._discard(tile)
        return len(self.waste)

    def _discard(self, tile):
        self.tiles.remove(tile)
        self.waste.append(tile)

    def colours(self):
        return Counter(t.colour for t in self.tiles)


def plan_panel(stock, needed):
    available = stock.colours()
    short = {colour: n - available[colour] for colour, n in needed.items() if available[colour] < n}
    return short


def main():
    stock = TileStock()
    stock.receive([
        Tile("M-01", "ochre"), Tile("M-02", "ochre", cracked=True),
        Tile("M-03", "ochre", cracked=True), Tile("M-04", "teal"),
        Tile("M-05", "teal", cracked=True), Tile("M-06", "teal", cracked=True),
        Tile("M-07", "gold"),
    ])
    discarded = stock.screen()
    print("discarded:", discarded, [t.code for t in stock.waste])
    print("remaining:", [t.code for t in stock.tiles])
    print("shortfall for panel:", plan_panel(stock, {"ochre": 1, "teal": 1, "gold": 1}))

    still_cracked = [t.code for t in stock.tiles if t.cracked]
    if still_cracked:
        print("cracked tiles survived screening:", still_cracked)
        print("BUG SHOWN")
    else:
        print("stock is sound")


if __name__ == "__main__":
    main()
