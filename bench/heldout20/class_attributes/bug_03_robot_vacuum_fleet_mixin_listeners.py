"""Event hooks for a fleet of robot vacuums."""


class ObservableMixin:
    _listeners = []

    def subscribe(self, callback):
        self._listeners.append(callback)

    def emit(self, event, **data):
        for callback in self._listeners:
            callback(self, event, data)


class Vacuum(ObservableMixin):
    def __init__(self, serial, battery=100):
        self.serial = serial
        self.battery = battery

    def clean(self, room, cost):
        self.battery -= cost
        self.emit("cleaned", room=room)
        if self.battery < 20:
            self.emit("low_battery", level=self.battery)


class Dock(ObservableMixin):
    def __init__(self, bay):
        self.bay = bay

    def charge(self, vacuum):
        vacuum.battery = 100
        self.emit("charged", serial=vacuum.serial)


def main():
    seen = []
    dock = Dock(3)
    dock.subscribe(lambda src, ev, data: seen.append(("dock-log", ev)))
    vac = Vacuum("RV-1")
    vac.clean("kitchen", 50)
    print("dock log:", seen)
    if any(ev == "cleaned" for _, ev in seen):
        print("dock listener received vacuum events")
        print("BUG SHOWN")


if __name__ == "__main__":
    main()
