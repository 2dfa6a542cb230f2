class Subscription:
    def __init__(self, broker, topic, callback, once=False):
        self.broker = broker
        self.topic = topic
        self.callback = callback
        self.once = once

    def cancel(self):
        self.broker._unsubscribe(self)

    def deliver(self, message):
        try:
            return self.callback(message)
        finally:
            if self.once:
                self.cancel()


class Broker:
    def __init__(self):
        self._topics = {}

    def subscribe(self, topic, callback, once=False):
        sub = Subscription(self, topic, callback, once)
        self._topics.setdefault(topic, set()).add(sub)
        return sub

    def _unsubscribe(self, sub):
        self._topics.get(sub.topic, set()).discard(sub)

    def _subscribers(self, topic):
        for sub in self._topics.get(topic, ()):
            yield sub

    def publish(self, topic, message):
        delivered = 0
        for sub in self._subscribers(topic):
            sub.deliver(message)
            delivered += 1
        return delivered


if __name__ == "__main__":
    broker = Broker()
    log = []
    broker.subscribe("deploy", lambda m: log.append(("audit", m)))
    broker.subscribe("deploy", lambda m: log.append(("pager", m)))
    broker.subscribe("deploy", lambda m: log.append(("first-deploy-banner", m)), once=True)
    try:
        broker.publish("deploy", "v1.2.0")
    except RuntimeError as exc:
        assert "Set changed size during iteration" in str(exc)
        print("BUG SHOWN")
    else:
        raise SystemExit("publish finished")
