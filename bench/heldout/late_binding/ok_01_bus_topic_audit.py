"""Audit log that subscribes to several topics on an event bus."""
from collections import defaultdict


class EventBus:
    def __init__(self):
        self._subs = defaultdict(list)

    def subscribe(self, topic, handler):
        self._subs[topic].append(handler)

    def publish(self, topic, payload):
        for handler in self._subs.get(topic, ()):
            handler(payload)


class AuditLog:
    def __init__(self):
        self.entries = []

    def attach(self, bus, topics):
        for topic in topics:
            bus.subscribe(topic, lambda payload, topic=topic: self.entries.append((topic, payload)))
        return self

    def topics_seen(self):
        return [topic for topic, _ in self.entries]


if __name__ == "__main__":
    bus = EventBus()
    log = AuditLog().attach(bus, ["user.created", "user.deleted", "order.paid"])

    bus.publish("user.created", {"id": 1})
    bus.publish("user.deleted", {"id": 2})
    bus.publish("order.paid", {"id": 3})

    assert log.topics_seen() == ["user.created", "user.deleted", "order.paid"]
    print("OK")
