from .bus import EventBus
from .ledger import Ledger
from .route import Waystation, wire_route


def main():
    stations = [
        Waystation("RIM", "Rim Trailhead", spring=False),
        Waystation("IND", "Indian Garden", spring=True),
        Waystation("PHT", "Phantom Ranch", spring=True),
    ]
    bus, ledger = EventBus(), Ledger()
    topics = wire_route(bus, ledger, stations)
    print(f"subscribed: {bus.topics()}")

    bus.publish(topics[0], mules=12, water_l=0)
    bus.publish(topics[1], mules=11, water_l=80)
    bus.publish(topics[2], mules=11, water_l=60)

    summary = ledger.summary()
    for name, mules, water in summary:
        print(f"{name:14s} mules={mules:3d} water={water} l")
    if [row[0] for row in summary] != [s.name for s in stations]:
        print("arrivals booked against the wrong waystation")
        print("BUG SHOWN")
    else:
        print("ledger consistent")


if __name__ == "__main__":
    main()
