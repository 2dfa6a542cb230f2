class CalibrationError(Exception):
    def __init__(self, antenna, drift):
        super().__init__(f"antenna {antenna} drift {drift:.2f}")
        self.antenna = antenna
        self.drift = drift


def check_drift(antenna, drift, limit=0.5):
    if abs(drift) > limit:
        raise CalibrationError(antenna, drift)
    return drift
