"""Subject/observer registry where observers may spawn child observers."""
import itertools


class Subject:
    def __init__(self, name):
        self.name = name
        self._observers = {}
        self._ids = itertools.count()

    def attach(self, observer):
        token = next(self._ids)
        self._observers[token] = observer
        return token

    def detach(self, token):
        self._observers.pop(token, None)

    def notify(self, change):
        for observer in self._observers.values():
            observer.update(self, change)


class PrintObserver:
    def __init__(self, sink):
        self.sink = sink

    def update(self, subject, change):
        self.sink.append(f"{subject.name}: {change}")


class LazyAuditObserver:
    def __init__(self, sink):
        self.sink = sink
        self.child = None

    def update(self, subject, change):
        if self.child is None:
            self.child = PrintObserver(self.sink)
            subject.attach(self.child)
        self.sink.append(f"audit {change}")


if __name__ == "__main__":
    sink = []
    inventory = Subject("inventory")
    inventory.attach(PrintObserver(sink))
    inventory.attach(LazyAuditObserver(sink))
    try:
        inventory.notify("sku-42 -> 0")
    except RuntimeError as exc:
        assert "dictionary changed size during iteration" in str(exc)
    else:
        raise AssertionError("notify unexpectedly finished")
    assert sink == ["inventory: sku-42 -> 0", "audit sku-42 -> 0"]
    print("BUG SHOWN")
