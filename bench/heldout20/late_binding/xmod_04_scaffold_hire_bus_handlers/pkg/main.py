from .bus import EventBus
from .sites import Site, wire_inspections


def main():
    sites = [Site("NW1", 4), Site("SE5", 2)]
    bus = EventBus()
    wire_inspections(bus, sites)
    answered = bus.publish("inspect:NW1", {"date": "2024-05-01"})
    print("answered by:", answered, {s.code: s.inspections for s in sites})
    if sites[0].inspections != ["2024-05-01"]:
        print("NW1 inspection recorded against SE5")
        print("BUG SHOWN")


if __name__ == "__main__":
    main()
