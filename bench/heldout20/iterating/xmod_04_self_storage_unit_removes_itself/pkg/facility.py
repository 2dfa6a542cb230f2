class Facility:
    def __init__(self, name):
        self.name = name
        self.occupied = set()
        self.free = []

    def let(self, unit):
        unit.facility = self
        self.occupied.add(unit)

    def for_each_occupied(self, action):
        for unit in self.occupied:
            action(unit)
