"""Tide tables: predicts high/low water per port, caching harmonic results."""

import math


class HarmonicCache:
    def __init__(self):
        self._store = {}

    def get(self, key):
        return self._store.get(key)

    def put(self, key, value):
        self._store[key] = value

    def __len__(self):
        return len(self._store)


class Port:
    def __init__(self, name, mean_level, amplitude, phase):
        self.name = name
        self.mean_level = mean_level
        self.amplitude = amplitude
        self.phase = phase


def predict_level(port, hour, cache=HarmonicCache()):
    """Height of water at `hour`, memoised per hour step."""
    key = round(hour, 2)
    cached = cache.get(key)
    if cached is not None:
        return cached
    level = port.mean_level + port.amplitude * math.cos(
        2 * math.pi * hour / 12.42 + port.phase
    )
    cache.put(key, round(level, 2))
    return cache.get(key)


class TideTable:
    def __init__(self, port):
        self.port = port

    def day(self, step=3):
        return [(h, predict_level(self.port, h)) for h in range(0, 24, step)]

    def high_water(self):
        return max(self.day(step=1), key=lambda row: row[1])


def main():
    dover = Port("Dover", 3.7, 2.9, 0.0)
    leith = Port("Leith", 3.0, 1.8, 1.1)
    dover_table = TideTable(dover).day()
    leith_table = TideTable(leith).day()
    print("dover:", dover_table[:3])
    print("leith:", leith_table[:3])
    expected_leith_0 = round(3.0 + 1.8 * math.cos(1.1), 2)
    if leith_table[0][1] != expected_leith_0:
        print(f"leith midnight shows {leith_table[0][1]} m, expected {expected_leith_0} m")
        print("BUG SHOWN")
        return
    print("OK")


if __name__ == "__main__":
    main()
