"""Resource manager that registers cleanup callbacks for opened handles."""


class Handle:
    def __init__(self, name):
        self.name = name
        self.closed = False
        self.close_calls = 0

    def close(self):
        self.close_calls += 1
        self.closed = True


class ResourceManager:
    def __init__(self, opener):
        self._opener = opener
        self._cleanups = []
        self.handles = []

    def open_all(self, names):
        for name in names:
            handle = self._opener(name)
            self.handles.append(handle)

            def _cleanup():
                handle.close()
            self._cleanups.append(_cleanup)
        return self.handles

    def shutdown(self):
        while self._cleanups:
            self._cleanups.pop()()


if __name__ == "__main__":
    manager = ResourceManager(Handle)
    opened = manager.open_all(["access.log", "error.log", "audit.log"])
    manager.shutdown()

    assert [h.closed for h in opened] == [False, False, True]
    assert opened[-1].close_calls == 3
    print("BUG SHOWN")
