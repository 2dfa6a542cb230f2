import heapq


class DeviceRegistry:
    def __init__(self):
        self._devices = {}

    def add(self, device):
        self._devices[device.device_id] = device
        return device

    def stale(self, now):
        return sorted(d.device_id for d in self._devices.values() if d.is_stale(now))

    def poll_plan(self):
        heap = [(d.next_poll(), d.device_id) for d in self._devices.values()]
        heapq.heapify(heap)
        return [heapq.heappop(heap) for _ in range(len(heap))]
