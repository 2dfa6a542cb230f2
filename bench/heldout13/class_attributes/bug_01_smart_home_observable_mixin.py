class ObservableMixin:
    _observers = []

    def subscribe(self, callback):
        self._observers.append(callback)
        return callback

    def notify(self, attribute, value):
        for callback in self._observers:
            callback(self, attribute, value)


class Device:
    def __init__(self, device_id, room):
        self.device_id = device_id
        self.room = room


class SmartLight(ObservableMixin, Device):
    def __init__(self, device_id, room):
        super().__init__(device_id, room)
        self.brightness = 0

    def dim(self, level):
        self.brightness = level
        self.notify("brightness", level)


class DoorLock(ObservableMixin, Device):
    def __init__(self, device_id, room):
        super().__init__(device_id, room)
        self.locked = True

    def unlock(self):
        self.locked = False
        self.notify("locked", False)


class HomeDashboard:
    def __init__(self):
        self.feed = []

    def watch(self, device, label):
        device.subscribe(lambda dev, attr, val: self.feed.append((label, dev.device_id, attr, val)))


def main():
    dashboard = HomeDashboard()
    hall_light = SmartLight("light-1", "hall")
    front_door = DoorLock("lock-1", "porch")
    dashboard.watch(hall_light, "lights")
    dashboard.watch(front_door, "security")
    front_door.unlock()
    assert ("lights", "lock-1", "locked", False) in dashboard.feed, dashboard.feed
    assert len(dashboard.feed) == 2
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
