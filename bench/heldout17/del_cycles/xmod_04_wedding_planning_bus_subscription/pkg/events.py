class EventBus:
    def __init__(self):
        self._handlers = {}

    def subscribe(self, topic, handler):
        self._handlers.setdefault(topic, []).append(handler)

    def publish(self, topic, **payload):
        for handler in self._handlers.get(topic, []):
            handler(**payload)
