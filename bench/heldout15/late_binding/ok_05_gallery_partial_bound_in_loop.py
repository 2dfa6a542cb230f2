"""Hanging plan for a gallery's new exhibition."""

import functools


class Wall:
    def __init__(self, name, width_cm):
        self.name = name
        self.width_cm = width_cm
        self.hung = []

    def free_cm(self):
        return self.width_cm - sum(w for _, w in self.hung)


class Artwork:
    def __init__(self, title, width_cm):
        self.title = title
        self.width_cm = width_cm


def hang(wall, artwork, spacing_cm=20):
    need = artwork.width_cm + spacing_cm
    if need > wall.free_cm():
        return f"{artwork.title}: no room on {wall.name}"
    wall.hung.append((artwork.title, need))
    return f"{artwork.title} -> {wall.name}"


class Technician:
    def __init__(self):
        self.tasks = []
        self.labels = {}

    def plan(self, assignments):
        for wall, artwork in assignments:
            self.tasks.append(functools.partial(hang, wall, artwork))
            self.labels[artwork.title] = (lambda t=artwork.title, w=wall.name: f"{t} ({w})")

    def plan_lighting(self, walls):
        def make_check(wall):
            return lambda: (wall.name, wall.free_cm() >= 0)
        return [make_check(w) for w in walls]

    def execute(self):
        return [task() for task in self.tasks]


def main():
    east = Wall("east", 600)
    north = Wall("north", 420)
    works = [
        (east, Artwork("Harbour at Dusk", 150)),
        (north, Artwork("Still Life with Quince", 90)),
        (east, Artwork("Study in Ochre", 120)),
    ]
    tech = Technician()
    tech.plan(works)
    for line in tech.execute():
        print(line)
    checks = [c() for c in tech.plan_lighting([east, north])]
    print(checks)
    assert [t for t, _ in east.hung] == ["Harbour at Dusk", "Study in Ochre"]
    assert [t for t, _ in north.hung] == ["Still Life with Quince"]
    assert tech.labels["Harbour at Dusk"]() == "Harbour at Dusk (east)"
    assert checks == [("east", True), ("north", True)]
    print("OK")


if __name__ == "__main__":
    main()
