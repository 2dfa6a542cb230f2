import statistics


class SensorTimeout(Exception):
    pass


class RangeFinder:
    def __init__(self, script):
        self._script = list(script)

    def read(self):
        value = self._script.pop(0)
        if value is None:
            raise SensorTimeout("range finder did not answer")
        return value


class ObstacleAvoider:
    def __init__(self, sensor, cruise_speed=1.0, stop_distance=0.3, max_missed=3):
        self.sensor = sensor
        self.cruise_speed = cruise_speed
        self.stop_distance = stop_distance
        self.max_missed = max_missed
        self.missed = 0
        self.history = []

    def _sample(self, count=3):
        readings = [self.sensor.read() for _ in range(count)]
        return statistics.median(readings)

    def _speed_for(self, distance):
        if distance <= self.stop_distance:
            return 0.0
        scale = min(1.0, (distance - self.stop_distance) / 2.0)
        return round(self.cruise_speed * scale, 3)

    def step(self):
        try:
            distance = self._sample()
        except SensorTimeout:
            self.missed += 1
            if self.missed > self.max_missed:
                raise
        else:
            self.missed = 0
        speed = self._speed_for(distance)
        self.history.append(speed)
        return speed


class Controller:
    def __init__(self, avoider):
        self.avoider = avoider

    def run(self, ticks):
        return [self.avoider.step() for _ in range(ticks)]


if __name__ == "__main__":
    sensor = RangeFinder([2.5, 2.4, 2.6, 1.9, None, 2.0])
    controller = Controller(ObstacleAvoider(sensor))
    try:
        controller.run(2)
    except UnboundLocalError as exc:
        assert "distance" in str(exc), exc
        assert controller.avoider.history == [1.0]
        print("BUG SHOWN")
    else:
        raise AssertionError("controller unexpectedly survived the timeout")
