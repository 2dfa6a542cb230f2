class Device:
    POLL_INTERVAL = 30
    STALE_AFTER = 3

    def __init__(self, device_id, last_seen):
        self.device_id = device_id
        self.last_seen = last_seen

    def is_stale(self, now):
        return now - self.last_seen > self.STALE_AFTER * self.POLL_INTERVAL

    def next_poll(self):
        return self.last_seen + self.POLL_INTERVAL

    def seen(self, when):
        self.last_seen = when
