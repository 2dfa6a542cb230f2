from collections import deque


class Event:
    def __init__(self, kind, **data):
        self.kind = kind
        self.data = data


class GameLoop:
    def __init__(self):
        self.events = deque()
        self.handlers = {}
        self.frame = 0
        self.log = []

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
        for event in self.events:
            self.dispatch(event)
        self.events.clear()


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
    try:
        loop.tick()
    except RuntimeError as exc:
        assert str(exc) == "deque mutated during iteration", exc
        assert health["player"] == 30
        assert loop.log == ["input", "collision"]
        print("BUG SHOWN")
    else:
        raise AssertionError("expected RuntimeError")


if __name__ == "__main__":
    main()
