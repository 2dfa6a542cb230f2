from .audio import AudioDevice
from .signals import Signal


class MusicPlayer:
    def __init__(self, device_name, queue):
        self.device = AudioDevice.claim(device_name, owner=id(self))
        self.queue = list(queue)
        self.current = None
        self.track_ended = Signal("track_ended")
        self.track_ended.connect(self._advance)

    def _advance(self, finished):
        self.current = self.queue.pop(0) if self.queue else None

    def play(self):
        self.current = self.queue.pop(0)
        return self.current

    def __del__(self):
        self.device.release()
