import fnmatch


class FileWatcher:
    def __init__(self):
        self._handlers = []
        self._mtimes = {}

    def on_change(self, pattern, callback):
        self._handlers.append((pattern, callback))

    def scan(self, snapshot):
        changed = [p for p, m in snapshot.items() if self._mtimes.get(p) != m]
        self._mtimes.update(snapshot)
        return changed

    def poll(self, snapshot):
        for path in self.scan(snapshot):
            for pattern, callback in self._handlers:
                if fnmatch.fnmatch(path, pattern):
                    callback(path)
