class Subscriber:
    def __init__(self, name, channel, once=False):
        self.name = name
        self.channel = channel
        self.once = once
        self.seen = []

    def __call__(self, message):
        self.seen.append(message)
        if self.once:
            self.channel.unsubscribe(self)


class PresenceChannel:
    def __init__(self):
        self._subscribers = set()

    def subscribe(self, sub):
        self._subscribers.add(sub)

    def unsubscribe(self, sub):
        self._subscribers.discard(sub)

    def broadcast(self, message):
        for sub in self._subscribers:
            sub(message)


def main():
    channel = PresenceChannel()
    subs = [Subscriber("ana", channel), Subscriber("joiner", channel, once=True), Subscriber("bo", channel)]
    for sub in subs:
        channel.subscribe(sub)
    try:
        channel.broadcast("ana is online")
    except RuntimeError as exc:
        assert "Set changed size during iteration" in str(exc)
        assert subs[1].seen == ["ana is online"]
        print("BUG SHOWN")
        return
    raise AssertionError("broadcast completed")


if __name__ == "__main__":
    main()
