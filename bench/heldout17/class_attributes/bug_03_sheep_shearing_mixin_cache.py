"""Sheep shearing tallies: shed reports cache per-shearer totals."""


class CachedTotalsMixin:
    _totals_cache = {}

    def cached_total(self, key):
        if key not in self._totals_cache:
            self._totals_cache[key] = self.compute_total(key)
        return self._totals_cache[key]

    def invalidate(self, key):
        self._totals_cache.pop(key, None)


class Shed(CachedTotalsMixin):
    def __init__(self, station):
        self.station = station
        self.runs = []

    def log_run(self, shearer, sheep):
        self.runs.append((shearer, sheep))
        self.invalidate(shearer)

    def compute_total(self, shearer):
        return sum(n for s, n in self.runs if s == shearer)


class Competition:
    def __init__(self, sheds):
        self.sheds = sheds

    def tallies(self, shearer):
        return {shed.station: shed.cached_total(shearer) for shed in self.sheds}


def main():
    north = Shed("Glenmore North")
    south = Shed("Glenmore South")
    north.log_run("Hemi", 120)
    north.log_run("Hemi", 95)
    south.log_run("Hemi", 60)
    result = Competition([north, south]).tallies("Hemi")
    print("Hemi tallies:", result)
    if result != {"Glenmore North": 215, "Glenmore South": 60}:
        print("BUG SHOWN")
        return
    print("OK")


if __name__ == "__main__":
    main()
