FEVER_C = 38.6


class Vet:
    def __init__(self):
        self.isolation = []

    def attach(self, yard):
        yard.hooks.connect("fed", self.check)

    def check(self, yard, horse):
        if horse.temperature_c >= FEVER_C:
            self.isolate(yard, horse)

    def isolate(self, yard, horse):
        yard.occupied.discard(horse)
        self.isolation.append(horse.name)
