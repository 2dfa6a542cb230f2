import gc

closed_handles = []


class Inotify:
    def __init__(self):
        self.next_wd = 1
        self.active = {}

    def add_watch(self, path, callback):
        wd = self.next_wd
        self.next_wd += 1
        self.active[wd] = (path, callback)
        return wd

    def rm_watch(self, wd):
        self.active.pop(wd, None)


class WatchHandle:
    def __init__(self, backend, path):
        self.backend = backend
        self.path = path
        self.events = []
        self.dispatch = self._on_event
        self.wd = backend.add_watch(path, None)

    def _on_event(self, kind):
        self.events.append(kind)

    def __del__(self):
        self.backend.rm_watch(self.wd)
        closed_handles.append(self.path)


gc.disable()
try:
    backend = Inotify()
    handle = WatchHandle(backend, "/var/log/app")
    handle.dispatch("IN_MODIFY")
    assert handle.events == ["IN_MODIFY"]
    del handle
    assert closed_handles == [] and 1 in backend.active
    gc.collect()
    assert closed_handles == ["/var/log/app"] and backend.active == {}
finally:
    gc.enable()
print("BUG SHOWN")
