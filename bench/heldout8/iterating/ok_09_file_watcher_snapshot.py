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
        for path, callback in list(self._watches.items()):
            if path not in self._watches:
                continue
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


rebuilt = []


def reload_once(watcher, path):
    watcher.unwatch(path)
    watcher.unwatch("settings.toml")


def rebuild(watcher, path):
    rebuilt.append(path)


def main():
    fs = FakeFilesystem()
    for path in ("settings.toml", "app.py", "lock.pid"):
        fs.touch(path)
    watcher = FileWatcher(stat=fs.stat)
    watcher.watch("lock.pid", reload_once)
    watcher.watch("settings.toml", rebuild)
    watcher.watch("app.py", rebuild)

    fs.touch("lock.pid")
    fs.touch("settings.toml")
    fs.touch("app.py")
    fired = watcher.poll()

    assert fired == ["lock.pid", "app.py"], fired
    assert rebuilt == ["app.py"]
    assert sorted(watcher._watches) == ["app.py"]
    print("OK")


if __name__ == "__main__":
    main()
