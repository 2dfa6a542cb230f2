from .base import Device


class DoorLock(Device):
    POLL_INTERVAL = 10


class Thermostat(Device):
    POLL_INTERVAL = 60
    ECO_FACTOR = 4

    def __init__(self, device_id, last_seen, eco=False):
        super().__init__(device_id, last_seen)
        self.eco = eco

    def next_poll(self):
        if self.eco:
            return self.last_seen + ECO_FACTOR * POLL_INTERVAL
        return super().next_poll()
