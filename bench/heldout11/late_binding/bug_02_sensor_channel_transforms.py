class CalibrationProfile:
    def __init__(self, serial, gains, offsets):
        self.serial = serial
        self.gains = gains
        self.offsets = offsets

    def transforms(self):
        return {
            channel: (lambda raw: round(raw * self.gains[channel] + self.offsets[channel], 3))
            for channel in self.gains
        }


class Acquisition:
    def __init__(self, profile):
        self.profile = profile
        self._convert = profile.transforms()
        self.samples = []

    def ingest(self, frame):
        converted = {ch: self._convert[ch](raw) for ch, raw in frame.items()}
        self.samples.append(converted)
        return converted


if __name__ == "__main__":
    profile = CalibrationProfile(
        "DAQ-4410",
        gains={"pressure": 0.5, "temperature": 0.1, "humidity": 2.0},
        offsets={"pressure": 100.0, "temperature": -40.0, "humidity": 0.0},
    )
    daq = Acquisition(profile)
    out = daq.ingest({"pressure": 1800, "temperature": 650, "humidity": 21})
    assert out == {"pressure": 3600.0, "temperature": 1300.0, "humidity": 42.0}, out
    print("BUG SHOWN")
