"""Route dispatch for a council's snowplough fleet."""

import gc
import weakref

gc.disable()

ENGINES_RUNNING = set()


class Segment:
    def __init__(self, road, km, priority):
        self.road = road
        self.km = km
        self.priority = priority
        self._route = None

    @property
    def route(self):
        return self._route() if self._route is not None else None

    def attach(self, route):
        self._route = weakref.ref(route)


class Route:
    def __init__(self, name, plough):
        self.name = name
        self.plough = plough
        self.segments = []
        self.cleared = []
        self._listeners = []
        ENGINES_RUNNING.add(plough)
        self.subscribe(weakref.WeakMethod(self._on_cleared))

    def subscribe(self, weak_callback):
        self._listeners.append(weak_callback)

    def add(self, segment):
        segment.attach(self)
        self.segments.append(segment)

    def clear_next(self):
        seg = min((s for s in self.segments if s.road not in self.cleared),
                  key=lambda s: s.priority)
        for ref in self._listeners:
            callback = ref()
            if callback is not None:
                callback(seg)
        return seg.road

    def _on_cleared(self, segment):
        self.cleared.append(segment.road)

    def __del__(self):
        ENGINES_RUNNING.discard(self.plough)


def main():
    route = Route("north gritting", plough="SP-07")
    for road, km, prio in (("A96 bypass", 6.5, 1), ("Hill Rd", 2.1, 3), ("School Ln", 0.8, 2)):
        route.add(Segment(road, km, prio))
    print(route.clear_next(), route.clear_next())
    kept = route.segments[2]
    assert kept.route is route
    del route
    print("engines running:", sorted(ENGINES_RUNNING))
    assert "SP-07" not in ENGINES_RUNNING
    assert kept.route is None
    print("OK")


if __name__ == "__main__":
    main()
