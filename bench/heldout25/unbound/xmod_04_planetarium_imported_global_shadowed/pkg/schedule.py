"""The day's programme and how it is run against the projectors."""
from dataclasses import dataclass

from .projector import configure_for_show


@dataclass(frozen=True)
class Show:
    title: str
    start: str
    min_lumens: int
    requires_fulldome: bool = False


DAY_PROGRAMME = (
    Show("Tonight's Sky", "10:00", 8000),
    Show("Journey to the Black Hole", "11:30", 11000, requires_fulldome=True),
    Show("Children's Constellations", "14:00", 10500),
)


def run_day(projector, programme=DAY_PROGRAMME):
    log = []
    for show in programme:
        configure_for_show(projector, show)
        log.append((show.start, show.title, projector.mode, projector.lumens))
    return log
