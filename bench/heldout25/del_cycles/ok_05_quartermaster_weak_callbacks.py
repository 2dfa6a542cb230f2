"""Stores requisitions for a regimental quartermaster.

A requisition holds a reservation on the stores ledger and reacts to
"stock arrived" notices from its own dispatcher.  The dispatcher keeps
weak references to handlers and line items refer back to their
requisition weakly, so a requisition is finalised, and its reservation
released, as soon as the last outside reference goes.
"""
import gc
import weakref


class StoresLedger:
    def __init__(self):
        self.reserved = {}

    def reserve(self, ref, items):
        self.reserved[ref] = dict(items)

    def release(self, ref):
        self.reserved.pop(ref, None)


class Dispatcher:
    def __init__(self):
        self._handlers = []

    def subscribe(self, bound_method):
        self._handlers.append(weakref.WeakMethod(bound_method))

    def notify(self, item):
        delivered = 0
        for ref in list(self._handlers):
            handler = ref()
            if handler is None:
                self._handlers.remove(ref)
                continue
            handler(item)
            delivered += 1
        return delivered


class LineItem:
    def __init__(self, requisition, item, quantity):
        self._requisition = weakref.ref(requisition)
        self.item = item
        self.quantity = quantity

    @property
    def requisition(self):
        return self._requisition()


class Requisition:
    def __init__(self, ledger, ref, items):
        self.ledger = ledger
        self.ref = ref
        self.lines = [LineItem(self, item, qty) for item, qty in items.items()]
        self.arrived = []
        self.dispatcher = Dispatcher()
        self.dispatcher.subscribe(self.on_arrival)
        ledger.reserve(ref, items)

    def on_arrival(self, item):
        if any(line.item == item for line in self.lines):
            self.arrived.append(item)

    def __del__(self):
        self.ledger.release(self.ref)


def process(ledger, ref, items, deliveries):
    requisition = Requisition(ledger, ref, items)
    for item in deliveries:
        requisition.dispatcher.notify(item)
    assert requisition.lines[0].requisition is requisition
    return list(requisition.arrived)


def main():
    ledger = StoresLedger()
    gc.disable()
    try:
        arrived = process(ledger, "RQ-114", {"ration packs": 40, "ponchos": 12},
                          ["ponchos", "tent pegs", "ration packs"])
        assert arrived == ["ponchos", "ration packs"], arrived
        assert ledger.reserved == {}, ledger.reserved

        req = Requisition(ledger, "RQ-115", {"boots": 8})
        assert "RQ-115" in ledger.reserved
        del req
        assert ledger.reserved == {}, ledger.reserved
    finally:
        gc.enable()
    print("reservations released on scope exit:", ledger.reserved)
    print("OK")


if __name__ == "__main__":
    main()
