class FakeFS:
    def __init__(self):
        self.mtimes = {}

    def touch(self, path, mtime):
        self.mtimes[path] = mtime

    def stat(self, path):
        return self.mtimes.get(path)


class FileWatcher:
    def __init__(self, fs):
        self.fs = fs
        self._watched = {}
        self._callbacks = []

    def watch(self, path):
        self._watched[path] = self.fs.stat(path)

    def unwatch(self, path):
        self._watched.pop(path, None)

    def on_change(self, callback):
        self._callbacks.append(callback)

    def _notify(self, path, kind):
        for callback in self._callbacks:
            callback(self, path, kind)

    def poll(self):
        changes = 0
        for path, last in self._watched.items():
            current = self.fs.stat(path)
            if current != last:
                self._watched[path] = current
                self._notify(path, "deleted" if current is None else "modified")
                changes += 1
        return changes


def stop_watching_deleted(watcher, path, kind):
    if kind == "deleted":
        watcher.unwatch(path)


if __name__ == "__main__":
    fs = FakeFS()
    for name in ("app.py", "settings.toml", "README.md"):
        fs.touch(name, 100)
    watcher = FileWatcher(fs)
    for name in ("app.py", "settings.toml", "README.md"):
        watcher.watch(name)
    watcher.on_change(stop_watching_deleted)
    fs.touch("app.py", 200)
    assert watcher.poll() == 1
    del fs.mtimes["settings.toml"]
    try:
        watcher.poll()
    except RuntimeError as exc:
        assert "changed size during iteration" in str(exc)
        print("BUG SHOWN")
    else:
        raise SystemExit("poll finished")
