"""Cruise ship cabin notifications via an event bus."""
from collections import defaultdict


class EventBus:
    def __init__(self):
        self._subs = defaultdict(list)

    def subscribe(self, topic, handler):
        self._subs[topic].append(handler)

    def publish(self, topic, payload):
        for handler in self._subs[topic]:
            handler(payload)


class Cabin:
    def __init__(self, number, deck):
        self.number = number
        self.deck = deck
        self.inbox = []


class Steward:
    def __init__(self, bus, cabins):
        self.bus = bus
        self.cabins = cabins

    def wire_up(self):
        for cabin in self.cabins:
            def deliver(msg):
                if msg["deck"] == cabin.deck:
                    cabin.inbox.append(msg["text"])
            self.bus.subscribe("deck_notice", deliver)


def main():
    bus = EventBus()
    cabins = [Cabin(101, 1), Cabin(205, 2), Cabin(310, 3)]
    Steward(bus, cabins).wire_up()
    bus.publish("deck_notice", {"deck": 1, "text": "pool closes at 8"})
    bus.publish("deck_notice", {"deck": 2, "text": "lifeboat drill 10:00"})
    for c in cabins:
        print(c.number, c.inbox)
    if cabins[0].inbox == [] and cabins[1].inbox == []:
        print("deck notices never reached decks 1 and 2")
        print("BUG SHOWN")


if __name__ == "__main__":
    main()
