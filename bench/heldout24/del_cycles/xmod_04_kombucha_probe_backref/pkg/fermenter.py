"""A fermentation batch in a tank."""
from .plant import BOARD
from .sensors import PhProbe


class Fermenter:
    TARGET_PH = 3.2

    def __init__(self, batch, tank, probe_serial):
        BOARD.allocate(tank, batch)
        self.batch = batch
        self.tank = tank
        self.readings = []
        self.probe = PhProbe(probe_serial, self)

    def record_ph(self, value):
        self.readings.append(value)

    def ready_to_bottle(self):
        return bool(self.readings) and self.readings[-1] <= self.TARGET_PH

    def __del__(self):
        BOARD.release(self.tank)
