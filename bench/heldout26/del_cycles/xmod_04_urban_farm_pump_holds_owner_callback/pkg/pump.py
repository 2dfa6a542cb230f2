"""Booster pump driver that reports pressure changes to whoever owns it."""


class BoosterPump:
    def __init__(self, pump_id, on_pressure):
        self.pump_id = pump_id
        self.on_pressure = on_pressure
        self.bar = 0.0

    def set_speed(self, percent):
        self.bar = round(0.035 * percent, 2)
        self.on_pressure(self.pump_id, self.bar)
