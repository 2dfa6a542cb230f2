"""Projector configuration for individual shows."""
from .settings import (
    DOME_MODE,
    FALLBACK_MODE,
    LAMP_DERATE_AFTER_HOURS,
    LAMP_DERATE_FACTOR,
    PROJECTOR_LUMENS,
)


class Projector:
    def __init__(self, name, lamp_hours):
        self.name = name
        self.lamp_hours = lamp_hours
        self.mode = None
        self.lumens = 0

    def apply(self, mode, lumens):
        self.mode = mode
        self.lumens = lumens

    def __repr__(self):
        return f"<Projector {self.name} {self.mode} {self.lumens}lm>"


def available_lumens(projector):
    lumens = PROJECTOR_LUMENS
    if projector.lamp_hours > LAMP_DERATE_AFTER_HOURS:
        lumens = int(lumens * LAMP_DERATE_FACTOR)
    return lumens


def configure_for_show(projector, show):
    if show.requires_fulldome and DOME_MODE != "fulldome":
        raise RuntimeError(f"{show.title} needs the full dome")
    lumens = available_lumens(projector)
    if lumens < show.min_lumens and not show.requires_fulldome:
        DOME_MODE = FALLBACK_MODE
    projector.apply(DOME_MODE, lumens)
    return projector
