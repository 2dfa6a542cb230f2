import functools


class Broker:
    def __init__(self):
        self._subs = {}

    def subscribe(self, topic, handler):
        self._subs.setdefault(topic, []).append(handler)

    def publish(self, topic, message):
        return [handler(message) for handler in self._subs.get(topic, [])]


class AuditService:
    TOPICS = ("orders.created", "orders.paid", "orders.shipped")

    def __init__(self, broker):
        self.broker = broker
        self.records = []
        for topic in self.TOPICS:
            broker.subscribe(topic, functools.partial(self._record, topic))
        for index, topic in enumerate(self.TOPICS):
            broker.subscribe(topic, lambda message, index=index: index)

    def _record(self, topic, message):
        self.records.append((topic, message["id"]))
        return topic


if __name__ == "__main__":
    broker = Broker()
    audit = AuditService(broker)
    assert broker.publish("orders.created", {"id": 1}) == ["orders.created", 0]
    assert broker.publish("orders.shipped", {"id": 1}) == ["orders.shipped", 2]
    broker.publish("orders.paid", {"id": 2})
    assert audit.records == [("orders.created", 1), ("orders.shipped", 1), ("orders.paid", 2)]
    print("OK")
