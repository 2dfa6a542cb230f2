import datetime


class AuditTrailMixin:
    _trail = []
    _clock = staticmethod(lambda: datetime.datetime(2024, 1, 1))

    def audit(self, action, **details):
        self._trail.append((self._clock(), type(self).__name__, action, details))

    def history(self):
        return [entry[2] for entry in self._trail]
