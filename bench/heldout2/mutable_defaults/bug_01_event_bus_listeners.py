class EventBus:
    def __init__(self, name, listeners=[]):
        self.name = name
        self._listeners = listeners

    def subscribe(self, callback):
        self._listeners.append(callback)
        return callback

    def publish(self, payload):
        return [callback(self.name, payload) for callback in self._listeners]


class AuditTrail:
    def __init__(self):
        self.entries = []

    def record(self, source, payload):
        self.entries.append((source, payload))
        return source


def main():
    billing = EventBus("billing")
    shipping = EventBus("shipping")
    audit = AuditTrail()
    billing.subscribe(audit.record)
    results = shipping.publish({"order": 17})
    assert results == ["shipping"], results
    assert audit.entries == [("shipping", {"order": 17})]
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
