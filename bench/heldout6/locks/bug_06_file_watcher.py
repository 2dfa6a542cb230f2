import threading


class FileWatcher:
    def __init__(self, stat):
        self._stat = stat
        self._mtimes = {}
        self._lock = threading.Lock()
        self._handlers = []
        self.errors = []

    def watch(self, path):
        with self._lock:
            self._mtimes[path] = self._stat(path)

    def on_change(self, handler):
        self._handlers.append(handler)

    def _changed(self):
        for path, seen in self._mtimes.items():
            current = self._stat(path)
            if current != seen:
                yield path, current

    def poll(self):
        try:
            for path, current in self._changed():
                for handler in self._handlers:
                    handler(path)
                self._mtimes[path] = current
        except RuntimeError as exc:
            self.errors.append(exc)


def main():
    mtimes = {"src/app.py": 1, "src/models.py": 1, "src/views.py": 1}
    watcher = FileWatcher(mtimes.__getitem__)
    for path in ("src/app.py", "src/models.py"):
        watcher.watch(path)
    mtimes["src/app.py"] = 2
    reloading = threading.Event()
    registered = threading.Event()

    def reload_module(path):
        reloading.set()
        registered.wait(timeout=5)

    watcher.on_change(reload_module)

    def plugin_loader():
        reloading.wait(timeout=5)
        watcher.watch("src/views.py")
        registered.set()

    poller = threading.Timer(0.0, watcher.poll)
    loader = threading.Thread(target=plugin_loader)
    poller.start()
    loader.start()
    poller.join()
    loader.join()
    assert len(watcher.errors) == 1
    assert "changed size during iteration" in str(watcher.errors[0])
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
