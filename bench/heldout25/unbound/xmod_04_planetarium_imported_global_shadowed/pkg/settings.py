"""Dome-wide defaults, loaded once when show control starts."""

DOME_MODE = "fulldome"
FALLBACK_MODE = "flat"
PROJECTOR_LUMENS = 12000
LAMP_DERATE_AFTER_HOURS = 2000
LAMP_DERATE_FACTOR = 0.8
