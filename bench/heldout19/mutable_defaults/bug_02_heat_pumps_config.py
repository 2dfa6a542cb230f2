"""Zone configuration for domestic heat pump installs."""


class PumpConfig:
    def __init__(self, flow_temp=45):
        self.flow_temp = flow_temp
        self.zones = {}

    def add_zone(self, name, target):
        self.zones[name] = target

    def describe(self):
        return ", ".join(f"{z}={t}C" for z, t in sorted(self.zones.items()))


class HeatPump:
    def __init__(self, serial, config=PumpConfig()):
        self.serial = serial
        self.config = config

    def commission(self, rooms):
        for room, target in rooms.items():
            self.config.add_zone(room, target)
        return self


class Installer:
    def __init__(self):
        self.jobs = []

    def install(self, serial, rooms):
        pump = HeatPump(serial).commission(rooms)
        self.jobs.append(pump)
        return pump


def main():
    crew = Installer()
    flat = crew.install("HP-1001", {"lounge": 21, "bedroom": 18})
    cottage = crew.install("HP-1002", {"kitchen": 20})
    print(flat.serial, flat.config.describe())
    print(cottage.serial, cottage.config.describe())
    if "lounge" in cottage.config.zones:
        print("cottage pump got the flat's zones")
        print("BUG SHOWN")
    else:
        print("configs separate")


if __name__ == "__main__":
    main()
