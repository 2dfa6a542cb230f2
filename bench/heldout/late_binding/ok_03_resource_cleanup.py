"""Resource manager that registers cleanup callbacks for opened handles."""
import functools


class Handle:
    def __init__(self, name):
        self.name = name
        self.closed = False
        self.close_calls = 0

    def close(self, reason="shutdown"):
        self.close_calls += 1
        self.closed = reason


class ResourceManager:
    def __init__(self, opener):
        self._opener = opener
        self._cleanups = []
        self.handles = []

    def open_all(self, names):
        for name in names:
            handle = self._opener(name)
            self.handles.append(handle)
            self._cleanups.append(functools.partial(handle.close, reason=f"release {name}"))
        return self.handles

    def shutdown(self):
        while self._cleanups:
            self._cleanups.pop()()


if __name__ == "__main__":
    manager = ResourceManager(Handle)
    opened = manager.open_all(["access.log", "error.log", "audit.log"])
    manager.shutdown()

    assert [h.closed for h in opened] == ["release access.log", "release error.log", "release audit.log"]
    assert all(h.close_calls == 1 for h in opened)
    print("OK")
