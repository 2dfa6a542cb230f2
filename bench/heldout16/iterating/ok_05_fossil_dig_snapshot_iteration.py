"""Fossil dig finds catalogue: removal iterates over snapshots."""


class Find:
    def __init__(self, tag, taxon, grid):
        self.tag = tag
        self.taxon = taxon
        self.grid = grid
        self.trench = None

    def discard(self):
        self.trench.finds.remove(self)
        self.trench = None


class Trench:
    def __init__(self, code):
        self.code = code
        self.finds = []
        self.by_grid = {}

    def log(self, find):
        find.trench = self
        self.finds.append(find)
        self.by_grid.setdefault(find.grid, []).append(find.tag)

    def drop_unidentified(self):
        for find in list(self.finds):
            if find.taxon is None:
                find.discard()
        for grid in list(self.by_grid):
            self.by_grid[grid] = [t for t in self.by_grid[grid]
                                  if any(f.tag == t for f in self.finds)]
            if not self.by_grid[grid]:
                del self.by_grid[grid]


def main():
    t = Trench("T3")
    for tag, taxon, grid in [("F1", None, "A1"), ("F2", None, "A1"), ("F3", "ammonite", "B2"),
                             ("F4", None, "C1"), ("F5", "belemnite", "A1")]:
        t.log(Find(tag, taxon, grid))
    t.drop_unidentified()
    assert [f.tag for f in t.finds] == ["F3", "F5"]
    assert t.by_grid == {"A1": ["F5"], "B2": ["F3"]}
    print([f.tag for f in t.finds], t.by_grid)
    print("OK")


if __name__ == "__main__":
    main()
