"""Incubator cabinet: drives the heater from its probes' readings."""
from .probes import TemperatureProbe


class Incubator:
    TARGET_C = 37.5

    def __init__(self, cabinet, relay, slots=3):
        self.cabinet = cabinet
        self.relay = relay
        self.readings = {}
        self.probes = [TemperatureProbe(self, slot) for slot in range(slots)]
        self.relay.switch(True)

    def on_reading(self, slot, celsius):
        self.readings[slot] = celsius
        average = sum(self.readings.values()) / len(self.readings)
        self.relay.switch(average < self.TARGET_C)

    def __del__(self):
        if self.relay.on:
            self.relay.switch(False)
