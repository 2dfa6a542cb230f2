class Subscription:
    def __init__(self, broker, topic, callback, once=False):
        self.broker = broker
        self.topic = topic
        self.callback = callback
        self.once = once

    def cancel(self):
        self.broker.unsubscribe(self)

    def deliver(self, message):
        self.callback(message)
        if self.once:
            self.cancel()


class Broker:
    def __init__(self):
        self.topics = {}

    def subscribe(self, topic, callback, once=False):
        sub = Subscription(self, topic, callback, once)
        self.topics.setdefault(topic, []).append(sub)
        return sub

    def unsubscribe(self, sub):
        self.topics[sub.topic].remove(sub)

    def publish(self, topic, message):
        for sub in tuple(self.topics.get(topic, ())):
            sub.deliver(message)


received = []
broker = Broker()
broker.subscribe("orders", lambda m: received.append(("first-order-bonus", m)), once=True)
broker.subscribe("orders", lambda m: received.append(("audit", m)))
broker.subscribe("orders", lambda m: received.append(("mailer", m)))
broker.publish("orders", "order-1")
broker.publish("orders", "order-2")
assert received == [
    ("first-order-bonus", "order-1"), ("audit", "order-1"), ("mailer", "order-1"),
    ("audit", "order-2"), ("mailer", "order-2"),
]
print("OK")
