"""Minimal named event bus with pluggable listeners."""


class EventBus:
    def __init__(self, name, listeners=[]):
        self.name = name
        self._listeners = listeners

    def subscribe(self, fn):
        self._listeners.append(fn)
        return fn

    def unsubscribe(self, fn):
        if fn in self._listeners:
            self._listeners.remove(fn)

    def publish(self, event):
        return [fn(self.name, event) for fn in self._listeners]

    def __len__(self):
        return len(self._listeners)


class AuditTrail:
    def __init__(self):
        self.records = []

    def attach(self, bus):
        bus.subscribe(self.on_event)

    def on_event(self, bus_name, event):
        self.records.append((bus_name, event))
        return "audited"


if __name__ == "__main__":
    audit_bus = EventBus("audit")
    metrics_bus = EventBus("metrics")
    trail = AuditTrail()
    trail.attach(audit_bus)

    assert audit_bus.publish({"user": "alice"}) == ["audited"]
    assert len(metrics_bus) == 1
    metrics_bus.publish({"cpu": 0.93})
    assert ("metrics", {"cpu": 0.93}) in trail.records

    explicit = EventBus("explicit", listeners=[])
    assert len(explicit) == 0
    print("BUG SHOWN")
