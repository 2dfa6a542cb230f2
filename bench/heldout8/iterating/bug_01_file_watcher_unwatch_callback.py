import os


class FileWatcher:
    def __init__(self, stat=os.stat):
        self._stat = stat
        self._watches = {}
        self._mtimes = {}

    def watch(self, path, on_change):
        self._watches[path] = on_change
        self._mtimes[path] = self._stat(path)

    def unwatch(self, path):
        self._watches.pop(path, None)
        self._mtimes.pop(path, None)

    def poll(self):
        fired = []
        for path, callback in self._watches.items():
            current = self._stat(path)
            if current != self._mtimes[path]:
                self._mtimes[path] = current
                fired.append(path)
                callback(self, path)
        return fired


class FakeFilesystem:
    def __init__(self):
        self.mtimes = {}

    def touch(self, path):
        self.mtimes[path] = self.mtimes.get(path, 0) + 1

    def stat(self, path):
        return self.mtimes.get(path, 0)


def reload_once(watcher, path):
    watcher.unwatch(path)


def rebuild(watcher, path):
    pass


def main():
    fs = FakeFilesystem()
    for path in ("settings.toml", "app.py", "lock.pid"):
        fs.touch(path)
    watcher = FileWatcher(stat=fs.stat)
    watcher.watch("settings.toml", rebuild)
    watcher.watch("lock.pid", reload_once)
    watcher.watch("app.py", rebuild)

    fs.touch("lock.pid")
    try:
        watcher.poll()
    except RuntimeError as exc:
        assert "dictionary changed size during iteration" in str(exc)
        print("BUG SHOWN")
    else:
        raise AssertionError("expected RuntimeError")


if __name__ == "__main__":
    main()
