class DepthAlarm:
    """Calls registered callbacks when a depth reading crosses their trigger."""

    def __init__(self):
        self._watches = []

    def watch(self, trigger_m, callback):
        self._watches.append((trigger_m, callback))

    def reading(self, depth_m):
        for trigger, callback in self._watches:
            if depth_m >= trigger:
                callback(depth_m)


class DiveComputer:
    """Feeds a profile of depth samples to an alarm."""

    def __init__(self, alarm):
        self.alarm = alarm
        self.samples = []

    def dive(self, profile):
        for depth in profile:
            self.samples.append(depth)
            self.alarm.reading(depth)
        return max(self.samples)
