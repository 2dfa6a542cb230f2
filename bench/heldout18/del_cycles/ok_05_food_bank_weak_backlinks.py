"""Food bank collection points that report to a depot without owning it."""

import gc
import weakref

CLOSED = []


class Notifier:
    def __init__(self):
        self._callbacks = []

    def subscribe(self, method):
        self._callbacks.append(weakref.WeakMethod(method))

    def emit(self, *args):
        for ref in self._callbacks:
            callback = ref()
            if callback is not None:
                callback(*args)


class Crate:
    def __init__(self, depot, contents):
        self._depot = weakref.ref(depot)
        self.contents = contents

    @property
    def depot(self):
        return self._depot()


class Depot:
    def __init__(self, name):
        self.name = name
        self.crates = []
        self.stock = {}
        self.notifier = Notifier()
        self.notifier.subscribe(self._on_donation)

    def _on_donation(self, item, qty):
        self.stock[item] = self.stock.get(item, 0) + qty

    def receive(self, contents):
        crate = Crate(self, contents)
        self.crates.append(crate)
        for item, qty in contents.items():
            self.notifier.emit(item, qty)
        return crate

    def __del__(self):
        CLOSED.append(self.name)


def main():
    gc.disable()
    depot = Depot("St Anne's hall")
    crate = depot.receive({"pasta": 12, "tins": 30})
    depot.receive({"tins": 6})
    assert crate.depot is depot
    assert depot.stock == {"pasta": 12, "tins": 36}
    del depot
    assert CLOSED == ["St Anne's hall"], CLOSED
    assert crate.depot is None
    print("closed:", CLOSED)
    print("OK")


if __name__ == "__main__":
    main()
