import threading

PROCESSED = {"images": 0, "bytes": 0}


class StatsMixin:
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._stats_lock = threading.Lock()

    def report_progress(self, images_done):
        pass

    def record(self, nbytes):
        with self._stats_lock:
            images = PROCESSED["images"] + 1
            total = PROCESSED["bytes"] + nbytes
            self.report_progress(images)
            PROCESSED["images"] = images
            PROCESSED["bytes"] = total


def snapshot():
    return dict(PROCESSED)
