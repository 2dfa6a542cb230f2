class LevelSensor:
    def __init__(self, level, capacity):
        self.level = level
        self.capacity = capacity
        self.occupied = 0
        self._on_full = []

    def on_full(self, callback):
        self._on_full.append(callback)

    def car_entered(self):
        self.occupied += 1
        if self.occupied == self.capacity:
            for callback in self._on_full:
                callback()


class Garage:
    def __init__(self, levels):
        self.sensors = {}
        self.open_levels = []
        self.signs = {}
        for name, capacity in levels:
            sensor = LevelSensor(name, capacity)
            sensor.on_full(lambda: self._close_level(name))
            self.sensors[name] = sensor
            self.open_levels.append(name)
            self.signs[name] = "SPACES"

    def _close_level(self, name):
        if name in self.open_levels:
            self.open_levels.remove(name)
        self.signs[name] = "FULL"

    def route_car(self):
        if not self.open_levels:
            return None
        level = self.open_levels[0]
        self.sensors[level].car_entered()
        return level


if __name__ == "__main__":
    garage = Garage([("P1", 2), ("P2", 3), ("P3", 3)])
    routed = [garage.route_car() for _ in range(4)]
    assert routed == ["P1", "P1", "P1", "P1"], routed
    assert garage.sensors["P1"].occupied == 4
    assert garage.signs == {"P1": "SPACES", "P2": "SPACES", "P3": "FULL"}
    print("BUG SHOWN")
