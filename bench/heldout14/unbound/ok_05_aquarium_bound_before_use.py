"""Aquarium water-quality monitor: reads tank sensors and raises alerts."""

SALINITY_LIMITS = {"reef": (1.023, 1.026), "freshwater": (1.000, 1.002)}
alerts_raised = 0


class SensorError(Exception):
    pass


class Tank:
    def __init__(self, name, kind, readings):
        self.name = name
        self.kind = kind
        self.readings = readings

    def read_salinity(self):
        if not self.readings:
            raise SensorError(f"{self.name}: probe returned nothing")
        return self.readings.pop(0)


class Monitor:
    LIMITS = SALINITY_LIMITS
    sort_key = staticmethod(lambda tank: (SALINITY_LIMITS[tank.kind][0], tank.name))

    def __init__(self, tanks):
        self.tanks = sorted(tanks, key=self.sort_key)
        self.messages = []

    def check(self, tank):
        global alerts_raised
        salinity = None
        last_error = None
        try:
            salinity = tank.read_salinity()
        except SensorError as exc:
            last_error = exc
        if last_error is not None:
            self.messages.append(f"sensor fault: {last_error}")
            alerts_raised += 1
            return False
        low, high = self.LIMITS[tank.kind]
        if not low <= salinity <= high:
            self.messages.append(f"{tank.name}: salinity {salinity} out of range")
            alerts_raised += 1
            return False
        return True

    def sweep(self):
        healthy = []
        for tank in self.tanks:
            if self.check(tank):
                healthy.append(tank.name)
        return healthy


def main():
    monitor = Monitor([
        Tank("coral-wall", "reef", [1.024]),
        Tank("amazon", "freshwater", [1.001]),
        Tank("lagoon", "reef", []),
        Tank("shark-bay", "reef", [1.030]),
    ])
    healthy = monitor.sweep()
    for line in monitor.messages:
        print(line)
    assert healthy == ["amazon", "coral-wall"], healthy
    assert alerts_raised == 2, alerts_raised
    print("OK")


if __name__ == "__main__":
    main()
