"""Concrete vehicle types housed at the station."""
from typing import List

from .apparatus import Apparatus


class Engine(Apparatus):
    kind = "engine"
    minimum_crew = 4

    def __init__(self, call_sign: str, pump_lpm: int, **kwargs):
        super().__init__(call_sign, **kwargs)
        self.pump_lpm = pump_lpm


class Ladder(Apparatus):
    kind = "ladder"
    minimum_crew = 3

    def __init__(self, call_sign: str, reach_m: float, **kwargs):
        super().__init__(call_sign, **kwargs)
        self.reach_m = reach_m


class Ambulance(Apparatus):
    kind = "ambulance"


def station_fleet() -> List[Apparatus]:
    return [
        Engine("E21", pump_lpm=5700),
        Ladder("L21", reach_m=32.0),
        Ambulance("M21"),
    ]
