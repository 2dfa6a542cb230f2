"""Background poller that forwards events from a source callable."""
import threading


class Poller:
    def __init__(self, source, interval, on_event=None, logger=None):
        self._source = source
        self._log = logger or (lambda msg: None)
        self._stop = threading.Event()
        self.events = []
        self._thread = threading.Thread(target=self._run, name="poller", daemon=True)
        self._thread.start()
        self._log("poller started")
        self.interval = interval
        self.on_event = on_event

    def _run(self):
        while not self._stop.is_set():
            for event in self._source():
                self.events.append(event)
                if self.on_event is not None:
                    self.on_event(event)
            self._stop.wait(self.interval)

    def stop(self):
        self._stop.set()
        self._thread.join(timeout=5)


if __name__ == "__main__":
    crashed = threading.Event()
    failures = []

    def record_failure(args):
        failures.append(args.exc_type)
        crashed.set()

    threading.excepthook = record_failure
    poller = Poller(lambda: ["disk.full"], interval=0.01,
                    on_event=print, logger=lambda msg: crashed.wait(5))
    poller.stop()

    assert failures == [AttributeError]
    assert poller.events == ["disk.full"]
    assert not poller._thread.is_alive()
    print("BUG SHOWN")
