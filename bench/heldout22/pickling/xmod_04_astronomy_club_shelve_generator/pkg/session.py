"""An observing session: target list plus a lazily produced frame stream."""
import itertools
from dataclasses import dataclass, field


@dataclass
class Target:
    name: str
    ra_hours: float
    dec_deg: float
    exposure_s: int


@dataclass
class ObservingSession:
    observer: str
    night: str
    targets: list = field(default_factory=list)
    notes: list = field(default_factory=list)

    def __post_init__(self):
        self.frames = self._frame_stream()

    def _frame_stream(self):
        counter = itertools.count(1)
        for target in self.targets:
            for _ in range(3):
                yield {"frame": next(counter), "target": target.name, "exp": target.exposure_s}

    def take_frames(self, n):
        return list(itertools.islice(self.frames, n))
