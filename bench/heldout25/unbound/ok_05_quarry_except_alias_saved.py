"""Blast-vibration sensor poller for a quarry.

Before each blast the controller polls the seismograph stations around the
pit.  A station may time out; the poller retries, remembers the most recent
failure for the incident report and keeps per-station counters in a closure.
"""
import functools
import logging

log = logging.getLogger("quarry.seismo")


class SensorTimeout(Exception):
    pass


class StationOffline(Exception):
    pass


class Station:
    def __init__(self, name, readings):
        self.name = name
        self._readings = iter(readings)

    def read_ppv(self):
        value = next(self._readings)
        if value is None:
            raise SensorTimeout(f"{self.name} did not answer")
        return value


def counted(fn):
    calls = 0

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        nonlocal calls
        calls += 1
        return fn(*args, **kwargs)

    wrapper.call_count = lambda: calls
    return wrapper


@counted
def poll_station(station, attempts=3):
    last_error = None
    for attempt in range(1, attempts + 1):
        try:
            reading = station.read_ppv()
        except SensorTimeout as exc:
            last_error = exc
            log.debug("attempt %d on %s failed: %s", attempt, station.name, exc)
            continue
        return reading
    raise StationOffline(f"{station.name}: no reading after {attempts} attempts") from last_error


def peak_particle_velocity(stations, limit_mm_s):
    peak = None
    offline = []
    for station in stations:
        try:
            value = poll_station(station)
        except StationOffline as exc:
            offline.append((station.name, str(exc.__cause__)))
            continue
        if peak is None or value > peak:
            peak = value
    cleared = peak is not None and peak < limit_mm_s and not offline
    return peak, offline, cleared


def main():
    stations = [
        Station("north-rim", [None, 2.1]),
        Station("haul-road", [3.4]),
        Station("village-edge", [None, None, None]),
    ]
    peak, offline, cleared = peak_particle_velocity(stations, limit_mm_s=5.0)
    assert peak == 3.4, peak
    assert offline == [("village-edge", "village-edge did not answer")], offline
    assert cleared is False
    assert poll_station.call_count() == 3

    calm = [Station("north-rim", [1.0]), Station("haul-road", [None, 1.5])]
    peak, offline, cleared = peak_particle_velocity(calm, limit_mm_s=5.0)
    assert (peak, offline, cleared) == (1.5, [], True)
    assert poll_station.call_count() == 5
    print("peak", peak, "cleared for blast")
    print("OK")


if __name__ == "__main__":
    main()
