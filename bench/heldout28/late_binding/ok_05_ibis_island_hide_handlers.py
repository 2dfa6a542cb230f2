"""Ibis island: visitor-centre alerts for a bird sanctuary.

A small event bus delivers ``hide.<slug>.sighting`` events; each observation
hide gets its own handler, created in a loop, that pages the right ranger
channel with the hide's name.  Scheduled tours are queued the same way.
"""
import functools
import sched
from collections import defaultdict
from dataclasses import dataclass


@dataclass(frozen=True)
class Hide:
    slug: str
    name: str
    channel: int


class EventBus:
    def __init__(self):
        self._handlers = defaultdict(list)

    def subscribe(self, topic, handler):
        self._handlers[topic].append(handler)

    def publish(self, topic, **payload):
        for handler in self._handlers.get(topic, ()):
            handler(payload)


class Pager:
    def __init__(self):
        self.sent = []

    def page(self, channel, message):
        self.sent.append((channel, message))


def make_sighting_handler(pager, hide):
    def on_sighting(event):
        pager.page(hide.channel, f"{event['species']} seen from {hide.name}")

    return on_sighting


def wire_hides(bus, hides, pager):
    for hide in hides:
        bus.subscribe(f"hide.{hide.slug}.sighting", make_sighting_handler(pager, hide))


class Clock:
    def __init__(self):
        self.now = 0.0

    def time(self):
        return self.now

    def sleep(self, seconds):
        self.now += seconds


def plan_tours(scheduler, hides, started):
    return [scheduler.enter(i * 45, 1, functools.partial(started.append, hide.slug))
            for i, hide in enumerate(hides)]


def main():
    hides = [Hide("lagoon", "Lagoon Hide", 4), Hide("mangrove", "Mangrove Hide", 5),
             Hide("dunes", "Dune Hide", 6)]
    bus, pager = EventBus(), Pager()
    wire_hides(bus, hides, pager)
    bus.publish("hide.lagoon.sighting", species="scarlet ibis")
    bus.publish("hide.mangrove.sighting", species="glossy ibis")

    clock = Clock()
    scheduler = sched.scheduler(clock.time, clock.sleep)
    started = []
    plan_tours(scheduler, hides, started)
    scheduler.run()

    for channel, message in pager.sent:
        print(f"channel {channel}: {message}")
    print("tours started:", started)

    assert pager.sent == [(4, "scarlet ibis seen from Lagoon Hide"),
                          (5, "glossy ibis seen from Mangrove Hide")]
    assert started == ["lagoon", "mangrove", "dunes"]
    print("OK")


if __name__ == "__main__":
    main()
