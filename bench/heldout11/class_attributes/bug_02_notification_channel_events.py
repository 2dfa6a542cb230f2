class Channel:
    supported_events = set()
    registry = {}

    def __init_subclass__(cls, name, events=(), **kwargs):
        super().__init_subclass__(**kwargs)
        cls.channel_name = name
        cls.supported_events.update(events)
        Channel.registry[name] = cls

    def __init__(self, address):
        self.address = address
        self.sent = []

    def accepts(self, event):
        return event in self.supported_events

    def send(self, event, payload):
        self.sent.append((event, payload))


class EmailChannel(Channel, name="email", events=("digest", "password_reset", "invoice")):
    pass


class SmsChannel(Channel, name="sms", events=("otp",)):
    pass


class PushChannel(Channel, name="push", events=("otp", "chat")):
    pass


class NotificationService:
    def __init__(self, preferences):
        self.channels = [Channel.registry[kind](addr) for kind, addr in preferences]

    def notify(self, event, payload):
        delivered = []
        for channel in self.channels:
            if channel.accepts(event):
                channel.send(event, payload)
                delivered.append(channel.channel_name)
        return delivered


if __name__ == "__main__":
    service = NotificationService([("email", "lee@example.org"), ("sms", "+15550100")])
    assert service.notify("otp", {"code": "481516"}) == ["email", "sms"]
    assert service.notify("invoice", {"total": 42}) == ["email", "sms"]
    assert SmsChannel.supported_events is Channel.supported_events
    print("BUG SHOWN")
