"""Cheese cave humidity readings with a per-cave lookup cache."""


class Sensor:
    def __init__(self, readings):
        self.readings = readings
        self.calls = 0

    def read(self, shelf):
        self.calls += 1
        return self.readings[shelf]


class Cave:
    _cache = {}
    ripening_target = 0.92

    def __init__(self, name, sensor):
        self.name = name
        self.sensor = sensor

    def humidity(self, shelf):
        if shelf not in self._cache:
            self._cache[shelf] = self.sensor.read(shelf)
        return self._cache[shelf]

    def too_dry(self, shelves):
        return [s for s in shelves if self.humidity(s) < self.ripening_target]


class Affineur:
    def __init__(self, caves):
        self.caves = caves

    def rounds(self, shelves):
        return {cave.name: cave.too_dry(shelves) for cave in self.caves}


def main():
    north = Cave("north", Sensor({"A": 0.95, "B": 0.90}))
    south = Cave("south", Sensor({"A": 0.85, "B": 0.96}))
    report = Affineur([north, south]).rounds(["A", "B"])
    print(report)
    if report["south"] != ["A"] and south.sensor.calls == 0:
        print("south cave never read its own sensor")
        print("BUG SHOWN")


if __name__ == "__main__":
    main()
