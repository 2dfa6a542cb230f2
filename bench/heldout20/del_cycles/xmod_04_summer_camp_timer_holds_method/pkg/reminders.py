import threading


class ReminderMixin:
    """Arms a one-shot reminder before an activity starts."""

    reminder_delay = 600.0

    def arm_reminder(self):
        self.timer = threading.Timer(self.reminder_delay, self.remind)
        self.timer.daemon = True
        return self.timer

    def disarm(self):
        self.timer.cancel()
