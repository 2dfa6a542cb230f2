import gc
import weakref

STOPPED_WATCHES = []


class EventHandler:
    def __init__(self, watcher):
        self._watcher = weakref.ref(watcher)
        self.events = []

    def dispatch(self, kind, path):
        watcher = self._watcher()
        if watcher is None:
            return False
        self.events.append((kind, path))
        watcher.seen += 1
        return True


class DirectoryWatcher:
    def __init__(self, root, watch_id):
        self.root = root
        self.watch_id = watch_id
        self.seen = 0
        self.handler = EventHandler(self)
        self._on_event = weakref.WeakMethod(self.handle)

    def handle(self, kind, path):
        return self.handler.dispatch(kind, f"{self.root}/{path}")

    def feed(self, kind, path):
        method = self._on_event()
        return method(kind, path) if method else False

    def __del__(self):
        STOPPED_WATCHES.append(self.watch_id)


if __name__ == "__main__":
    gc.disable()
    try:
        watcher = DirectoryWatcher("/srv/site", watch_id=12)
        assert watcher.feed("modified", "index.html")
        handler = watcher.handler
        assert watcher.seen == 1
        del watcher
        assert STOPPED_WATCHES == [12]
        assert handler.dispatch("deleted", "old.html") is False
        assert handler.events == [("modified", "/srv/site/index.html")]
    finally:
        gc.enable()
    print("OK")
