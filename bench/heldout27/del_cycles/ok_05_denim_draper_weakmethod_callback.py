"""Denim draper: cutting-table sessions in a denim draper's workroom.

A cutting session reserves one of the workroom's cutting tables and listens
to the shop's order feed for new cut requests.  The session dispatches
requests by kind, and the table is released as soon as the session object is
dropped: the feed only holds weak references to session methods, and the
dispatch table holds plain functions rather than methods bound to the session.
"""
import gc
import weakref


class Workroom:
    def __init__(self, tables):
        self.free_tables = list(tables)

    def reserve(self):
        return self.free_tables.pop(0)

    def release(self, table):
        self.free_tables.append(table)


class OrderFeed:
    def __init__(self):
        self._listeners = []

    def subscribe(self, method):
        self._listeners.append(weakref.WeakMethod(method))

    def publish(self, kind, item, metres):
        live = []
        for ref in self._listeners:
            callback = ref()
            if callback is not None:
                callback(kind, item, metres)
                live.append(ref)
        self._listeners = live


class CuttingSession:
    def __init__(self, workroom, feed, cutter):
        self.workroom = workroom
        self.cutter = cutter
        self.table = workroom.reserve()
        self.cuts = []
        self._dispatch = {"bolt": type(self)._cut_bolt, "remnant": type(self)._cut_remnant}
        feed.subscribe(self.on_order)

    def on_order(self, kind, item, metres):
        self._dispatch.get(kind, type(self)._note)(self, item, metres)

    def _cut_bolt(self, item, metres):
        self.cuts.append(f"{metres} m of {item} from the bolt")

    def _cut_remnant(self, item, metres):
        self.cuts.append(f"{item} remnant, {metres} m")

    def _note(self, item, metres):
        self.cuts.append(f"noted {item}")

    def __del__(self):
        self.workroom.release(self.table)


def morning(workroom, feed):
    session = CuttingSession(workroom, feed, "Indigo")
    feed.publish("bolt", "14 oz selvedge", 3.5)
    feed.publish("remnant", "raw indigo twill", 0.8)
    return list(session.cuts)


def main():
    workroom, feed = Workroom(["long table", "window table"]), OrderFeed()
    gc.disable()
    try:
        cuts = morning(workroom, feed)
        free_now = sorted(workroom.free_tables)
        feed.publish("bolt", "stretch denim", 2.0)
    finally:
        gc.enable()
    print(f"cuts: {cuts}")
    print(f"tables free after the morning session: {free_now}")
    assert len(cuts) == 2
    assert free_now == ["long table", "window table"]
    print("OK")


if __name__ == "__main__":
    main()
