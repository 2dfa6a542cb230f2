"""DMX lighting rigs.  A powered rig draws current and heats the room; the
conservation team wants rigs off as soon as an exhibit is taken down."""


class Rig:
    def __init__(self, universe, fixtures):
        self.universe = universe
        self.fixtures = fixtures
        self.level = 0

    def power_up(self, level):
        self.level = level

    def power_down(self):
        self.level = 0

    @property
    def powered(self):
        return self.level > 0


class LightingDesk:
    def __init__(self):
        self.rigs = {}

    def patch(self, universe, fixtures):
        rig = self.rigs[universe] = Rig(universe, fixtures)
        return rig

    def powered_rigs(self):
        return sorted(u for u, r in self.rigs.items() if r.powered)
