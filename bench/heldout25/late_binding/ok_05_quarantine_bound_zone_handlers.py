"""Alarm wiring for a quarantine facility.

Each containment zone gets a breach handler and a door-release callback.
The handlers are built in a loop from the zone table, so every callable
binds its zone when it is created (functools.partial or a factory).
"""
import functools
from collections import defaultdict

ZONES = {
    "Q1": {"level": 2, "doors": ("Q1-north", "Q1-airlock")},
    "Q2": {"level": 3, "doors": ("Q2-airlock",)},
    "Q3": {"level": 4, "doors": ("Q3-airlock", "Q3-service")},
}


class ControlRoom:
    def __init__(self):
        self.log = []
        self.sealed = defaultdict(set)

    def breach(self, zone, level, sensor):
        self.log.append(("breach", zone, level, sensor))
        return zone

    def seal(self, zone, door):
        self.sealed[zone].add(door)


def make_sealer(room, zone, doors):
    def seal_all():
        for door in doors:
            room.seal(zone, door)
        return zone

    return seal_all


class AlarmPanel:
    def __init__(self, room, zones):
        self.on_breach = {}
        self.on_lockdown = {}
        for zone, spec in zones.items():
            self.on_breach[zone] = functools.partial(room.breach, zone, spec["level"])
            self.on_lockdown[zone] = make_sealer(room, zone, spec["doors"])
        self.escalations = [lambda sensor, z=zone: f"page duty officer for {z} ({sensor})" for zone in zones]

    def trigger(self, zone, sensor):
        self.on_breach[zone](sensor)
        return self.on_lockdown[zone]()


def main():
    room = ControlRoom()
    panel = AlarmPanel(room, ZONES)
    assert panel.trigger("Q1", "air-pressure") == "Q1"
    assert panel.trigger("Q2", "door-ajar") == "Q2"

    assert room.log == [("breach", "Q1", 2, "air-pressure"), ("breach", "Q2", 3, "door-ajar")]
    assert dict(room.sealed) == {"Q1": {"Q1-north", "Q1-airlock"}, "Q2": {"Q2-airlock"}}
    pages = [page("s-7") for page in panel.escalations]
    assert pages == [f"page duty officer for {z} (s-7)" for z in ZONES], pages

    print("sealed:", {z: sorted(d) for z, d in room.sealed.items()})
    print("OK")


if __name__ == "__main__":
    main()
