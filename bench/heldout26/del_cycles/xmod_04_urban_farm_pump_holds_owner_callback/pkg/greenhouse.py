"""A greenhouse zone controller: opens its valve and drives its pump."""
from . import valves
from .pump import BoosterPump


class GreenhouseZone:
    LOW_PRESSURE_BAR = 1.2

    def __init__(self, zone, crop):
        self.zone = zone
        self.crop = crop
        self.alarms = []
        self.pump = BoosterPump(f"{zone}-P1", on_pressure=self._pressure_changed)
        valves.open_valve(zone, litres_per_min=18)

    def _pressure_changed(self, pump_id, bar):
        if bar < self.LOW_PRESSURE_BAR:
            self.alarms.append((pump_id, bar))

    def water(self, percent):
        self.pump.set_speed(percent)

    def __del__(self):
        valves.close_valve(self.zone)
