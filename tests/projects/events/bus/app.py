"""Uses bus.events from another module; `python3 -m bus.app` shows each bug."""
import gc
import weakref

from bus import events
from bus.events import EventBus, Plain, Resource, on


class Widget:
    def __init__(self, names):
        self.bus = EventBus()
        for name in names:
            self.bus.subscribe(name, lambda: name)  # expect: SNG301


def build(names):
    bus = EventBus()
    for name in names:
        bus.subscribe(name, lambda: name)  # expect: SNG301
    return bus


def table(names):
    t = {}
    for n in names:
        on(t, n, lambda: n)  # expect: SNG301
    return t


def bound_now(names):
    bus = EventBus()
    for name in names:
        bus.subscribe(name, lambda name=name: name)
    return bus


def called_now(names):
    bus = EventBus()
    return [bus.call_now(lambda: name) for name in names]


class Job(Resource):  # expect: SNG701
    def __init__(self):
        self.callback = self.run

    def run(self):
        pass


class ModuleJob(events.Resource):  # expect: SNG701
    def __init__(self):
        self.callback = self.run

    def run(self):
        pass


class WeakJob(Resource):
    def __init__(self):
        self.callback = weakref.WeakMethod(self.run)

    def run(self):
        pass


class PlainJob(Plain):
    def __init__(self):
        self.callback = self.run

    def run(self):
        pass


if __name__ == "__main__":
    assert Widget(["a", "b"]).bus.emit("a") == ["b"]
    assert build(["a", "b"]).emit("a") == ["b"]
    assert table(["a", "b"])["a"]() == "b"
    assert bound_now(["a", "b"]).emit("a") == ["a"]
    assert called_now(["a", "b"]) == ["a", "b"]
    gc.disable()
    for cls in (Job, ModuleJob, WeakJob):
        obj = cls()
        del obj
    assert Resource.closed == ["WeakJob"], Resource.closed  # the cycles wait for the collector
    gc.collect()
    assert sorted(Resource.closed) == ["Job", "ModuleJob", "WeakJob"]
    print("all shown")
