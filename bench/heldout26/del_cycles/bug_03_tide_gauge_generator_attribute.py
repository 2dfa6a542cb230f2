"""Tide gauge logger: reading water levels from a serial pressure sensor.

The gauge owns a (simulated) serial port and exposes its samples through a
generator kept on the instance.  When the gauge object is dropped, its
finaliser closes the port so the next logger run can open it.
"""
import gc
import math


OPEN_PORTS = set()


class SerialPort:
    def __init__(self, device):
        self.device = device
        OPEN_PORTS.add(device)

    def read_pressure(self, t):
        return 101.3 + 9.81 * (2.4 + 1.6 * math.sin(t / 745.0 * 2 * math.pi))

    def close(self):
        OPEN_PORTS.discard(self.device)


class TideGauge:
    def __init__(self, station, device, interval_min=6):
        self.station = station
        self.interval_min = interval_min
        self.port = SerialPort(device)
        self.samples = self._sample_stream()

    def _sample_stream(self):
        t = 0
        while True:
            kpa = self.port.read_pressure(t)
            yield t, round((kpa - 101.3) / 9.81, 3)
            t += self.interval_min

    def take(self, n):
        return [next(self.samples) for _ in range(n)]

    def __del__(self):
        self.port.close()


def logging_run(device):
    gauge = TideGauge("Tarbert Pier", device)
    readings = gauge.take(4)
    for minute, level in readings:
        print(f"t+{minute:3d} min  level {level:.3f} m")
    return gauge


def main():
    gc.disable()
    try:
        gauge = logging_run("/dev/ttyUSB0")
        del gauge
        open_after_del = set(OPEN_PORTS)
        gc.collect()
        open_after_collect = set(OPEN_PORTS)
    finally:
        gc.enable()
    print("ports open after del:", sorted(open_after_del))
    print("ports open after collect:", sorted(open_after_collect))
    if open_after_del and not open_after_collect:
        print("BUG SHOWN")
    else:
        print("OK")


if __name__ == "__main__":
    main()
