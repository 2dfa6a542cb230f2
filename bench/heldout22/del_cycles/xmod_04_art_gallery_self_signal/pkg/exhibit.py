"""An exhibit: artworks on a wall with their own lighting rig and labels."""
from .signals import Signal

LUX_LIMITS = {"paper": 50, "oil": 200, "bronze": 300}


class Exhibit:
    def __init__(self, title, rig):
        self.title = title
        self.rig = rig
        self.works = []
        self.labels = []
        self.changed = Signal()
        self.changed.connect(self._relight)
        self.changed.connect(self._reprint_labels)

    def hang(self, artist, work, medium):
        self.works.append((artist, work, medium))
        self.changed.emit("hang", work)

    def _relight(self, action, work):
        limit = min(LUX_LIMITS[m] for _, _, m in self.works)
        self.rig.power_up(limit)

    def _reprint_labels(self, action, work):
        self.labels = [f"{a} - {w} ({m})" for a, w, m in self.works]

    def __del__(self):
        self.rig.power_down()
