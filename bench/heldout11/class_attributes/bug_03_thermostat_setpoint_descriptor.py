class Clamped:
    def __init__(self, low, high, default):
        self.low = low
        self.high = high
        self.value = default

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return self.value

    def __set__(self, obj, value):
        self.value = min(max(float(value), self.low), self.high)


class Thermostat:
    setpoint = Clamped(5.0, 30.0, default=20.0)
    hysteresis = Clamped(0.1, 2.0, default=0.5)

    def __init__(self, zone, setpoint):
        self.zone = zone
        self.setpoint = setpoint

    def demand(self, temperature):
        if temperature < self.setpoint - self.hysteresis:
            return "heat"
        if temperature > self.setpoint + self.hysteresis:
            return "idle"
        return "hold"


class Building:
    def __init__(self):
        self.zones = {}

    def add_zone(self, name, setpoint):
        self.zones[name] = Thermostat(name, setpoint)

    def apply_schedule(self, schedule):
        for zone, setpoint in schedule.items():
            self.zones[zone].setpoint = setpoint

    def demands(self, temperatures):
        return {z: t.demand(temperatures[z]) for z, t in self.zones.items()}


if __name__ == "__main__":
    home = Building()
    home.add_zone("living", 21.0)
    home.add_zone("bedroom", 18.0)
    home.apply_schedule({"bedroom": 16.0})

    assert home.zones["living"].setpoint == 16.0
    assert home.demands({"living": 19.0, "bedroom": 17.0}) == {"living": "idle", "bedroom": "idle"}
    print("BUG SHOWN")
