from .base import Device


class MotionSensor(Device):
    kind = "motion"

    def __init__(self, device_id, room, sensitivity=5):
        super().__init__(device_id)
        self.tag(self.kind, f"room:{room}")
        self.set_attribute("sensitivity", sensitivity)


class SmartPlug(Device):
    kind = "plug"

    def __init__(self, device_id, room, max_watts=1800):
        super().__init__(device_id)
        self.tag(self.kind, f"room:{room}")
        self.set_attribute("max_watts", max_watts)
