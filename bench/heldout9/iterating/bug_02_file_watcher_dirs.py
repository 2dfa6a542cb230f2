class FakeFS:
    def __init__(self):
        self.mtimes = {}
        self.children = {}

    def touch(self, path, mtime):
        self.mtimes[path] = mtime


class Watcher:
    def __init__(self, fs):
        self.fs = fs
        self.watched = {}
        self.handlers = []

    def watch(self, path):
        self.watched[path] = self.fs.mtimes.get(path, 0)

    def on_change(self, handler):
        self.handlers.append(handler)

    def _fire(self, path):
        for handler in self.handlers:
            handler(self, path)

    def poll(self):
        for path, seen in self.watched.items():
            current = self.fs.mtimes.get(path, 0)
            if current != seen:
                self.watched[path] = current
                self._fire(path)


def follow_new_dirs(watcher, path):
    for child in watcher.fs.children.get(path, []):
        if child not in watcher.watched:
            watcher.watch(child)


fs = FakeFS()
fs.touch("/proj/src", 1)
watcher = Watcher(fs)
watcher.watch("/proj/src")
watcher.on_change(follow_new_dirs)
fs.children["/proj/src"] = ["/proj/src/pkg"]
fs.touch("/proj/src", 2)
try:
    watcher.poll()
except RuntimeError as exc:
    assert "changed size during iteration" in str(exc)
    print("BUG SHOWN")
else:
    raise AssertionError("expected RuntimeError")
