import fnmatch


class FileWatcher:
    def __init__(self):
        self._handlers = []

    def on_change(self, pattern, callback):
        self._handlers.append((pattern, callback))

    def poll(self, paths):
        for path in paths:
            for pattern, callback in self._handlers:
                if fnmatch.fnmatch(path, pattern):
                    callback(path)
