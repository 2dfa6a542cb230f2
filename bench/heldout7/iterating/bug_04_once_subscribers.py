from contextlib import contextmanager


class Broker:
    def __init__(self):
        self.subs = {}

    def subscribe(self, topic, handler):
        self.subs.setdefault(topic, []).append(handler)

    def unsubscribe(self, topic, handler):
        self.subs[topic].remove(handler)

    def once(self, topic, handler):
        def wrapper(msg):
            self.unsubscribe(topic, wrapper)
            handler(msg)
        self.subscribe(topic, wrapper)

    @contextmanager
    def subscription(self, topic, handler):
        self.subscribe(topic, handler)
        try:
            yield
        finally:
            self.unsubscribe(topic, handler)

    def publish(self, topic, msg):
        for handler in self.subs.get(topic, []):
            handler(msg)


def main():
    broker = Broker()
    got = {"audit": [], "welcome": [], "metrics": []}
    broker.subscribe("user.created", got["audit"].append)
    broker.once("user.created", got["welcome"].append)
    with broker.subscription("user.created", got["metrics"].append):
        broker.publish("user.created", {"id": 1})
        broker.publish("user.created", {"id": 2})
    assert got["welcome"] == [{"id": 1}]
    assert got["metrics"] == [{"id": 2}], got["metrics"]
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
