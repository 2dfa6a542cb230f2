import logging

log = logging.getLogger("hub")
logging.basicConfig(level=logging.CRITICAL)


class DeviceOffline(Exception):
    pass


class Thermostat:
    def __init__(self, room, readings):
        self.room = room
        self._readings = list(readings)

    def poll(self):
        if not self._readings:
            raise DeviceOffline(self.room)
        return self._readings.pop(0)


class AutomationHub:
    def __init__(self, devices, target=21.0):
        self.devices = devices
        self.target = target
        self.commands = []

    def read_temperature(self, device):
        try:
            value = device.poll()
        except DeviceOffline:
            log.warning("thermostat in %s is offline", device.room)
        return value

    def tick(self):
        for device in self.devices:
            current = self.read_temperature(device)
            if current < self.target - 0.5:
                self.commands.append((device.room, "heat"))
            elif current > self.target + 0.5:
                self.commands.append((device.room, "cool"))


def main():
    hub = AutomationHub([Thermostat("kitchen", [19.0, 22.5]), Thermostat("attic", [])])
    try:
        hub.tick()
    except UnboundLocalError as exc:
        assert "value" in str(exc)
        assert hub.commands == [("kitchen", "heat")]
        print("BUG SHOWN")
        return
    raise AssertionError("offline thermostat handled silently")


if __name__ == "__main__":
    main()
