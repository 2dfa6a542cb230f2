from .bus import EventBus
from .tanks import Tank, wire_probes


def main():
    bus = EventBus()
    tanks = {
        "reef": Tank("reef", target_c=25.5, tolerance_c=1.0),
        "kelp": Tank("kelp", target_c=13.0, tolerance_c=1.5),
        "amazon": Tank("amazon", target_c=27.0, tolerance_c=1.0),
    }
    topics = wire_probes(bus, tanks.values())
    print(f"subscribed: {topics}")

    bus.publish("probe.reef.temperature", {"celsius": 25.4})
    bus.publish("probe.kelp.temperature", {"celsius": 16.2})
    bus.publish("probe.reef.temperature", {"celsius": 25.9})

    for tank in tanks.values():
        print(f"{tank.name:<7} readings={tank.readings} alarms={tank.alarms}")

    if tanks["kelp"].alarms != [16.2] or tanks["amazon"].readings:
        print("kelp overheating went unnoticed; its reading was filed under another tank")
        print("BUG SHOWN")
    else:
        print("monitoring healthy")


if __name__ == "__main__":
    main()
