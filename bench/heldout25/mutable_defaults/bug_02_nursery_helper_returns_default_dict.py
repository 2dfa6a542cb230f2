"""Plant nursery potting service.

Each seedling that is potted gets a care profile: species defaults for
watering, light and feeding, optionally refined by the grower.  The profile
is printed on the label stuck into the pot.
"""
from collections import OrderedDict

SPECIES_CARE = {
    "fern": {"water_ml": 250, "light": "shade", "feed_weeks": 4},
    "cactus": {"water_ml": 40, "light": "full sun", "feed_weeks": 12},
    "basil": {"water_ml": 180, "light": "full sun", "feed_weeks": 2},
}


def care_profile(species, profile={}):
    """Fill in species defaults for anything the grower did not specify."""
    for key, value in SPECIES_CARE[species].items():
        profile.setdefault(key, value)
    profile.setdefault("species", species)
    return profile


class Label:
    def __init__(self, tray, species, profile):
        self.tray = tray
        self.species = species
        self.profile = profile

    def render(self):
        p = self.profile
        return (
            f"[{self.tray}] {self.species}: {p['water_ml']} ml, "
            f"{p['light']}, feed every {p['feed_weeks']} weeks"
        )


class PottingBench:
    def __init__(self):
        self.labels = OrderedDict()
        self._next_tray = 1

    def pot(self, species, **grower_notes):
        if grower_notes:
            profile = care_profile(species, dict(grower_notes))
        else:
            profile = care_profile(species)
        tray = f"T{self._next_tray:03d}"
        self._next_tray += 1
        self.labels[tray] = Label(tray, species, profile)
        return tray


def main():
    bench = PottingBench()
    bench.pot("fern")
    bench.pot("basil", water_ml=150)
    cactus_tray = bench.pot("cactus")

    for label in bench.labels.values():
        print(label.render())

    cactus = bench.labels[cactus_tray].profile
    expected = SPECIES_CARE["cactus"]
    if cactus["water_ml"] != expected["water_ml"] or cactus["light"] != expected["light"]:
        print("cactus label carries the fern's care instructions")
        print("BUG SHOWN")
    else:
        print("all labels correct")


if __name__ == "__main__":
    main()
