class Device:
    def __init__(self, registry, device_id, last_seen, missed_limit=2):
        self.registry = registry
        self.device_id = device_id
        self.last_seen = last_seen
        self.missed_limit = missed_limit
        self.missed = 0

    def heartbeat(self, when):
        self.last_seen = when
        self.missed = 0

    def check(self, now):
        if now - self.last_seen <= self.registry.timeout:
            return
        self.missed += 1
        if self.missed >= self.missed_limit:
            self.registry.evict(self.device_id, reason="heartbeat")


class DeviceRegistry:
    def __init__(self, timeout):
        self.timeout = timeout
        self.devices = {}
        self.evictions = []

    def register(self, device_id, last_seen, **kwargs):
        device = Device(self, device_id, last_seen, **kwargs)
        self.devices[device_id] = device
        return device

    def evict(self, device_id, reason):
        self.devices.pop(device_id)
        self.evictions.append((device_id, reason))

    def sweep(self, now):
        for device in self.devices.values():
            device.check(now)
        return len(self.devices)


if __name__ == "__main__":
    registry = DeviceRegistry(timeout=60)
    registry.register("cam-1", last_seen=0)
    registry.register("lock-2", last_seen=0)
    registry.register("hub-3", last_seen=0)
    registry.devices["cam-1"].heartbeat(50)
    registry.devices["hub-3"].heartbeat(50)
    assert registry.sweep(now=100) == 3
    assert registry.devices["lock-2"].missed == 1
    registry.devices["cam-1"].heartbeat(150)
    registry.devices["hub-3"].heartbeat(150)
    try:
        registry.sweep(now=200)
    except RuntimeError as exc:
        assert "dictionary changed size during iteration" in str(exc), exc
        assert registry.evictions == [("lock-2", "heartbeat")]
        print("BUG SHOWN")
    else:
        raise AssertionError("sweep unexpectedly completed")
