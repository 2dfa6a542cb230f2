import gc
import itertools

STOPPED_POLLERS = []


class Accelerometer:
    def __init__(self, samples):
        self._samples = itertools.cycle(samples)

    def read_xyz(self):
        return next(self._samples)


class VibrationPoller:
    def __init__(self, name, sensor, window=3):
        self.name = name
        self.sensor = sensor
        self.window = window
        self._stream = self._rms_stream()

    def _rms_stream(self):
        buf = []
        while True:
            x, y, z = self.sensor.read_xyz()
            buf.append((x * x + y * y + z * z) ** 0.5)
            buf = buf[-self.window:]
            yield round(sum(buf) / len(buf), 3)

    def poll(self, n=1):
        return [next(self._stream) for _ in range(n)]

    def __del__(self):
        STOPPED_POLLERS.append(self.name)


def health_check(sensor):
    poller = VibrationPoller("spindle", sensor)
    return max(poller.poll(4))


if __name__ == "__main__":
    gc.disable()
    try:
        peak = health_check(Accelerometer([(0.0, 3.0, 4.0), (6.0, 8.0, 0.0)]))
        assert peak == 8.333, peak
        assert STOPPED_POLLERS == [], STOPPED_POLLERS
        gc.collect()
        assert STOPPED_POLLERS == ["spindle"], STOPPED_POLLERS
    finally:
        gc.enable()
    print("BUG SHOWN")
