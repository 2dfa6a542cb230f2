from collections import deque


class Event:
    def __init__(self, kind, **data):
        self.kind = kind
        self.data = data


class GameLoop:
    def __init__(self, max_events_per_frame=64):
        self.events = deque()
        self.handlers = {}
        self.frame = 0
        self.log = []
        self.max_events_per_frame = max_events_per_frame

    def on(self, kind):
        def register(fn):
            self.handlers.setdefault(kind, []).append(fn)
            return fn
        return register

    def emit(self, kind, **data):
        self.events.append(Event(kind, **data))

    def dispatch(self, event):
        self.log.append(event.kind)
        for handler in self.handlers.get(event.kind, ()):
            handler(event)

    def tick(self):
        self.frame += 1
        budget = self.max_events_per_frame
        while self.events and budget:
            self.dispatch(self.events.popleft())
            budget -= 1


loop = GameLoop()
health = {"player": 30}


@loop.on("collision")
def on_collision(event):
    if "spikes" in (event.data["a"], event.data["b"]):
        loop.emit("damage", target="player", amount=40)


@loop.on("damage")
def on_damage(event):
    health[event.data["target"]] -= event.data["amount"]


def main():
    loop.emit("input", key="right")
    loop.emit("collision", a="player", b="spikes")
    loop.emit("input", key="jump")
    loop.tick()

    assert health["player"] == -10
    assert loop.log == ["input", "collision", "input", "damage"]
    assert not loop.events
    print("OK")


if __name__ == "__main__":
    main()
