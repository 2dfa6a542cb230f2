from .hooks import Hooks


class Horse:
    def __init__(self, stall, name, ration_kg, temperature_c=37.8):
        self.stall = stall
        self.name = name
        self.ration_kg = ration_kg
        self.temperature_c = temperature_c

    def __hash__(self):
        return hash(self.stall)

    def __eq__(self, other):
        return isinstance(other, Horse) and other.stall == self.stall


class Yard:
    def __init__(self):
        self.occupied = set()
        self.hooks = Hooks()
        self.hay_used_kg = 0.0

    def stable(self, horse):
        self.occupied.add(horse)

    def feed_round(self):
        """Feed every stabled horse and let observers check on each one."""
        for horse in self.occupied:
            self.hay_used_kg += horse.ration_kg
            self.hooks.fire("fed", self, horse)
        return self.hay_used_kg
