"""Temperature probes that report back to the incubator they sit in."""


class TemperatureProbe:
    def __init__(self, incubator, slot):
        self.incubator = incubator
        self.slot = slot
        self.last_c = None

    def report(self, celsius):
        self.last_c = celsius
        self.incubator.on_reading(self.slot, celsius)
