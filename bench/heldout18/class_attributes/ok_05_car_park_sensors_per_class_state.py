"""Bay sensors in a multi-storey car park, grouped by sensor model."""


class Sensor:
    THRESHOLDS = (0.2, 0.8)
    registry = {}

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.registry = {}

    def __init__(self, bay):
        self.bay = bay
        self.readings = []
        self._listeners = []
        type(self).registry[bay] = self

    def subscribe(self, fn):
        self._listeners.append(fn)

    def read(self, value):
        self.readings.append(value)
        low, high = self.THRESHOLDS
        if value >= high:
            for fn in self._listeners:
                fn(self.bay, "occupied")
        elif value <= low:
            for fn in self._listeners:
                fn(self.bay, "free")


class UltrasonicSensor(Sensor):
    THRESHOLDS = (0.3, 0.7)


class MagneticSensor(Sensor):
    pass


class Level:
    def __init__(self, number):
        self.number = number
        self.state = {}

    def update(self, bay, status):
        self.state[bay] = status


def main():
    level = Level(2)
    a = UltrasonicSensor("2A")
    b = MagneticSensor("2B")
    c = MagneticSensor("2C")
    a.subscribe(level.update)
    b.subscribe(level.update)
    a.read(0.75)
    b.read(0.1)
    c.read(0.9)
    assert a.readings == [0.75] and b.readings == [0.1] and c.readings == [0.9]
    assert list(UltrasonicSensor.registry) == ["2A"]
    assert list(MagneticSensor.registry) == ["2B", "2C"]
    assert Sensor.registry == {}
    assert level.state == {"2A": "occupied", "2B": "free"}
    print(level.state)
    print("OK")


if __name__ == "__main__":
    main()
