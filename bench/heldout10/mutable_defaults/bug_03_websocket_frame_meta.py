import itertools
import json


class Frame:
    def __init__(self, channel, payload, meta):
        self.channel = channel
        self.payload = payload
        self.meta = meta

    def encode(self):
        return json.dumps({"ch": self.channel, "data": self.payload, **self.meta})


class ChannelSocket:
    def __init__(self, hub, channel):
        self.hub = hub
        self.channel = channel

    def publish(self, payload, meta={}):
        meta["seq"] = next(self.hub.sequence)
        meta.setdefault("origin", self.channel)
        frame = Frame(self.channel, payload, meta)
        self.hub.outbox.append(frame)
        return frame


class WebSocketHub:
    def __init__(self):
        self.sequence = itertools.count(1)
        self.outbox = []

    def socket(self, channel):
        return ChannelSocket(self, channel)

    def flush(self):
        sent = [f.encode() for f in self.outbox]
        self.outbox.clear()
        return sent


def main():
    hub = WebSocketHub()
    lobby = hub.socket("lobby")
    game = hub.socket("game-42")
    lobby.publish({"text": "hi"})
    game.publish({"move": "e4"})
    wire = [json.loads(s) for s in hub.flush()]
    assert [m["seq"] for m in wire] == [2, 2], wire
    assert wire[1]["origin"] == "lobby"
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
