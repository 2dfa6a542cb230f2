import gc

CLOSED_STREAMS = []


class Inbox:
    def __init__(self, on_message):
        self._on_message = on_message
        self._buffer = []

    def push(self, message):
        self._buffer.append(message)
        if len(self._buffer) >= 2:
            self.flush()

    def flush(self):
        batch, self._buffer = self._buffer, []
        for message in batch:
            self._on_message(message)


class Subscriber:
    def __init__(self, user, stream_id):
        self.user = user
        self.stream_id = stream_id
        self.delivered = []
        self.inbox = Inbox(on_message=self._deliver)

    def _deliver(self, message):
        self.delivered.append(f"@{self.user}: {message}")

    def __del__(self):
        CLOSED_STREAMS.append(self.stream_id)


class NotificationHub:
    def __init__(self):
        self.subscribers = {}

    def connect(self, user):
        sub = Subscriber(user, stream_id=f"sse-{len(self.subscribers) + 1}")
        self.subscribers[user] = sub
        return sub

    def broadcast(self, message):
        for sub in self.subscribers.values():
            sub.inbox.push(message)

    def disconnect(self, user):
        del self.subscribers[user]


if __name__ == "__main__":
    gc.disable()
    try:
        hub = NotificationHub()
        hub.connect("rin")
        hub.broadcast("deploy started")
        hub.broadcast("deploy finished")
        assert hub.subscribers["rin"].delivered[-1] == "@rin: deploy finished"
        hub.disconnect("rin")
        assert CLOSED_STREAMS == [], CLOSED_STREAMS
        gc.collect()
        assert CLOSED_STREAMS == ["sse-1"], CLOSED_STREAMS
    finally:
        gc.enable()
    print("BUG SHOWN")
