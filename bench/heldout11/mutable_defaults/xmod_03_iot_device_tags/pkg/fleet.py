class DeviceFleet:
    def __init__(self):
        self._devices = {}

    def enroll(self, device):
        if device.device_id in self._devices:
            raise KeyError(f"{device.device_id} already enrolled")
        self._devices[device.device_id] = device

    def find_by_tag(self, label):
        return sorted(d.device_id for d in self._devices.values() if label in d.tags)

    def in_room(self, room):
        return self.find_by_tag(f"room:{room}")
