"""Per-rider courier session with a background flusher thread."""
import queue
import threading

_STOP = object()


class CourierSession:
    def __init__(self, pool, rider):
        self.rider = rider
        self.uplink = pool.open(rider)
        self._outbox = queue.Queue()
        self._flusher = threading.Thread(
            target=self._flush_loop, name=f"flush-{rider}", daemon=True
        )

    def send(self, parcel):
        if not self._flusher.is_alive():
            self._flusher.start()
        self._outbox.put(parcel)

    def _flush_loop(self):
        while True:
            parcel = self._outbox.get()
            if parcel is _STOP:
                return
            self.uplink.transmit(parcel)

    def finish(self):
        if self._flusher.is_alive():
            self._outbox.put(_STOP)
            self._flusher.join()

    def __del__(self):
        self.uplink.close()
