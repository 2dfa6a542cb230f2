"""Concrete reef types."""
from .base import Reef


class FringingReef(Reef):
    zone = "shore"
    max_divers = 8


class BarrierReef(Reef):
    zone = "lagoon edge"
    max_divers = 20


class PatchReef(Reef):
    zone = "lagoon"
