"""Settings container for the scheduler daemon."""
import datetime
from typing import TYPE_CHECKING, Optional

if TYPE_CHECKING:
    from datetime import timedelta


class SchedulerSettings:
    name: str = "scheduler"
    workers: int = 4
    tick_interval: timedelta = datetime.timedelta(seconds=5)
    max_backlog: Optional[int] = None

    def __init__(self, **overrides):
        for key, value in overrides.items():
            if key not in type(self).__annotations__:
                raise TypeError(f"unknown setting {key!r}")
            setattr(self, key, value)

    def summary(self):
        return f"{self.name}: {self.workers} workers, tick every {self.tick_interval.total_seconds()}s"


if __name__ == "__main__":
    print(SchedulerSettings(workers=8).summary())
