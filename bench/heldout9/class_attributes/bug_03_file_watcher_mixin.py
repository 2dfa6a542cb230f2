import os


class ObservableMixin:
    _observers = []

    def subscribe(self, callback):
        self._observers.append(callback)

    def notify(self, *args):
        for callback in list(self._observers):
            callback(self, *args)


class PathWatcher(ObservableMixin):
    def __init__(self, path):
        self.path = path
        self.last_mtime = None

    def poll(self, mtime):
        if self.last_mtime is not None and mtime != self.last_mtime:
            self.notify("modified")
        self.last_mtime = mtime


class DirectoryWatcher(PathWatcher):
    def __init__(self, path):
        super().__init__(path)
        self.entries = set()

    def scan(self, names):
        added = set(names) - self.entries
        self.entries |= added
        for name in sorted(added):
            self.notify("created", os.path.join(self.path, name))


events = []
config = PathWatcher("/etc/app.toml")
config.subscribe(lambda w, kind, *rest: events.append(("reload", w.path, kind)))
uploads = DirectoryWatcher("/srv/uploads")
uploads.subscribe(lambda w, kind, *rest: events.append(("index", rest)))
uploads.scan(["a.png"])
assert ("reload", "/srv/uploads", "created") in events
print("BUG SHOWN")
