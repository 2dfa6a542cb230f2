from .base import Roaster


class DrumRoaster(Roaster):
    capacity_kg = 15

    def roast(self, origin, kg):
        self.log_batch(origin, kg, profile="city+")


class FluidBedRoaster(Roaster):
    capacity_kg = 3

    def roast(self, origin, kg):
        self.log_batch(origin, kg, profile="light")
