class EventBus:
    def __init__(self):
        self._handlers = {}

    def on(self, event, handler):
        self._handlers.setdefault(event, []).append(handler)

    def once(self, event, handler):
        def wrapper(*args):
            self.off(event, wrapper)
            return handler(*args)
        self.on(event, wrapper)

    def off(self, event, handler):
        self._handlers[event].remove(handler)

    def emit(self, event, *args):
        called = 0
        for handler in self._handlers.get(event, []):
            handler(*args)
            called += 1
        return called


def main():
    bus = EventBus()
    seen = []
    bus.once("ready", lambda: seen.append("warm cache"))
    bus.on("ready", lambda: seen.append("open socket"))
    bus.on("ready", lambda: seen.append("log ready"))
    count = bus.emit("ready")
    assert count == 2, count
    assert seen == ["warm cache", "log ready"], seen
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
