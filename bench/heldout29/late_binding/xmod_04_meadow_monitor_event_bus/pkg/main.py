from .bus import EventBus
from .probes import attach_sensors
from .sensors import Sensor


def main():
    sensors = [
        Sensor("moisture", "north", "%"),
        Sensor("soil_temp", "north", "C"),
        Sensor("rain", "south", "mm"),
    ]
    audit = []
    bus = attach_sensors(EventBus(), sensors, audit)
    bus.publish("meadow.north.moisture", {"value": 31})
    bus.publish("meadow.north.soil_temp", {"value": 14})
    print("audit:", audit)
    counts = {s.name: len(s.readings) for s in sensors}
    print("readings per sensor:", counts)
    if counts["moisture"] == 0:
        print("moisture readings were stored on the rain gauge")
        print("BUG SHOWN")


if __name__ == "__main__":
    main()
