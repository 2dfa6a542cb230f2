"""Fiddle festival: stage announcements driven by a small event bus.

The schedule service publishes ``stage.<slug>.start`` events; the PA system
subscribes one handler per stage so that each stage gets its own
announcement with the right stage name and PA zone.
"""
from collections import defaultdict
from dataclasses import dataclass


@dataclass(frozen=True)
class Stage:
    slug: str
    name: str
    pa_zone: int


class EventBus:
    def __init__(self):
        self._handlers = defaultdict(list)

    def subscribe(self, topic, handler):
        self._handlers[topic].append(handler)

    def publish(self, topic, **payload):
        for handler in self._handlers.get(topic, ()):
            handler(payload)
        return len(self._handlers.get(topic, ()))


class PublicAddress:
    def __init__(self):
        self.log = []

    def announce(self, zone, message):
        self.log.append((zone, message))


def wire_stages(bus, stages, pa):
    for stage in stages:
        def on_set_start(event):
            pa.announce(stage.pa_zone, f"{event['act']} is now on the {stage.name}")

        bus.subscribe(f"stage.{stage.slug}.start", on_set_start)


def run_schedule(bus, schedule):
    for slug, act in schedule:
        bus.publish(f"stage.{slug}.start", act=act)


def main():
    stages = [
        Stage("main", "Main Stage", 1),
        Stage("barn", "Barn Stage", 2),
        Stage("porch", "Porch Session Tent", 3),
    ]
    bus = EventBus()
    pa = PublicAddress()
    wire_stages(bus, stages, pa)
    run_schedule(bus, [("main", "The Reel Sisters"), ("barn", "Fiddlehead Five")])

    for zone, message in pa.log:
        print(f"zone {zone}: {message}")

    if pa.log[0] != (1, "The Reel Sisters is now on the Main Stage"):
        print("the main-stage act was announced in the wrong zone")
        print("BUG SHOWN")
    else:
        print("no failure")


if __name__ == "__main__":
    main()
