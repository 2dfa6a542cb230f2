from .mixins import TopicSubscriptionsMixin


class Message:
    def __init__(self, topic, payload):
        self.topic = topic
        self.payload = payload


class Broker(TopicSubscriptionsMixin):
    def __init__(self, tenant):
        self.tenant = tenant
        self.delivered = 0

    def publish(self, topic, payload):
        message = Message(topic, payload)
        for callback in list(self._matching(topic)):
            callback(message)
            self.delivered += 1
        return self.delivered
