"""Loop sensors on a ring road."""


class LoopSensor:
    location = "unknown"
    readings = []
    alarm_threshold = 90

    def __init__(self, location):
        self.location = location

    def record(self, speed):
        self.readings.append(speed)
        return speed > self.alarm_threshold

    def mean_speed(self):
        return sum(self.readings) / len(self.readings) if self.readings else 0.0


class Corridor:
    def __init__(self, names):
        self.sensors = {name: LoopSensor(name) for name in names}

    def feed(self, name, speeds):
        return [self.sensors[name].record(s) for s in speeds]


def main():
    ring = Corridor(["J1", "J2"])
    ring.feed("J1", [50, 52, 48])
    ring.feed("J2", [95, 100])
    j1 = ring.sensors["J1"]
    print("J1 mean:", j1.mean_speed(), "readings:", j1.readings)
    if j1.readings != [50, 52, 48]:
        print("J1 carries J2's readings")
        print("BUG SHOWN")


if __name__ == "__main__":
    main()
