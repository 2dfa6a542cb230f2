"""Automatic weather station controller.

The controller keeps a rolling window of observations and the unit
conversions configured for its output feeds.  Every hour it checkpoints
its state with pickle so that a restart resumes with the same window.
"""
import pickle
from collections import deque
from dataclasses import dataclass


@dataclass(frozen=True)
class Observation:
    minute: int
    temp_c: float
    pressure_hpa: float
    wind_ms: float


class WeatherStation:
    def __init__(self, wmo_id, window=60, units="imperial"):
        self.wmo_id = wmo_id
        self.window = deque(maxlen=window)
        self.units = units
        self.converters = {}
        self._configure_feed(units)

    def _configure_feed(self, units):
        if units == "imperial":
            self.converters = {
                "temp": lambda c: round(c * 9 / 5 + 32, 1),
                "pressure": lambda hpa: round(hpa * 0.02953, 2),
                "wind": lambda ms: round(ms * 2.23694, 1),
            }
        else:
            self.converters = {key: None for key in ("temp", "pressure", "wind")}

    def observe(self, obs):
        self.window.append(obs)

    def feed_row(self, obs):
        raw = {"temp": obs.temp_c, "pressure": obs.pressure_hpa, "wind": obs.wind_ms}
        return {k: (conv(raw[k]) if conv else raw[k]) for k, conv in self.converters.items()}

    def checkpoint(self):
        return pickle.dumps(self, protocol=pickle.HIGHEST_PROTOCOL)

    @staticmethod
    def restore(blob):
        return pickle.loads(blob)


def main():
    station = WeatherStation("03772", window=5)
    for minute, (t, p, w) in enumerate([(11.2, 1013.1, 4.2), (11.4, 1012.9, 5.0),
                                        (11.9, 1012.6, 6.1)]):
        station.observe(Observation(minute, t, p, w))
    print("latest feed row:", station.feed_row(station.window[-1]))

    try:
        blob = station.checkpoint()
    except (pickle.PicklingError, AttributeError, TypeError) as exc:
        print("hourly checkpoint failed:", type(exc).__name__, exc)
        print("BUG SHOWN")
        return
    restored = WeatherStation.restore(blob)
    print("restored", restored.wmo_id, "with", len(restored.window), "observations")


if __name__ == "__main__":
    main()
