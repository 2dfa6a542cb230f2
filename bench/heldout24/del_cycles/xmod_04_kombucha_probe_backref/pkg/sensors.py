"""pH probe driver.  The probe pushes readings to the vessel it is fitted to."""


class PhProbe:
    def __init__(self, serial, vessel):
        self.serial = serial
        self.vessel = vessel
        self.calibration_offset = 0.0

    def calibrate(self, buffer_reading, buffer_true=7.0):
        self.calibration_offset = buffer_true - buffer_reading

    def sample(self, raw):
        value = round(raw + self.calibration_offset, 2)
        self.vessel.record_ph(value)
        return value
