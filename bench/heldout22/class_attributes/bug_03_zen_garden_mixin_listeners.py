"""Maintenance monitor for a temple's zen gardens.

Garden features emit events (raked, disturbed, refilled) and the monitor
subscribes per feature: the gravel field notifies the raking crew, the koi
pond notifies the pond keeper.  Features share a small observable mixin.
"""
import logging
from collections import defaultdict

log = logging.getLogger("garden.monitor")


class ObservableMixin:
    _listeners = []

    def subscribe(self, callback):
        self._listeners.append(callback)
        return callback

    def emit(self, event, **details):
        for callback in list(self._listeners):
            callback(self, event, details)


class Feature:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"


class GravelField(ObservableMixin, Feature):
    def __init__(self, name, pattern="ripples"):
        super().__init__(name)
        self.pattern = pattern

    def rake(self, pattern):
        self.pattern = pattern
        self.emit("raked", pattern=pattern)

    def disturb(self, by):
        self.emit("disturbed", by=by)


class KoiPond(ObservableMixin, Feature):
    def __init__(self, name, level_cm=60):
        super().__init__(name)
        self.level_cm = level_cm

    def evaporate(self, cm):
        self.level_cm -= cm
        if self.level_cm < 50:
            self.emit("low water", level_cm=self.level_cm)


class Crew:
    def __init__(self, role):
        self.role = role
        self.tasks = defaultdict(list)

    def on_event(self, feature, event, details):
        self.tasks[feature.name].append((event, details))


def main():
    field = GravelField("stone garden")
    pond = KoiPond("moon pond")
    rakers = Crew("raking crew")
    keeper = Crew("pond keeper")

    field.subscribe(rakers.on_event)
    pond.subscribe(keeper.on_event)

    field.disturb(by="heron")
    field.rake("concentric")
    pond.evaporate(12)

    for crew in (rakers, keeper):
        print(f"{crew.role}: {dict(crew.tasks)}")

    if "stone garden" in keeper.tasks or "moon pond" in rakers.tasks:
        print("each crew was paged for the other crew's feature")
        print("BUG SHOWN")
    else:
        print("pages routed per feature")


if __name__ == "__main__":
    main()
