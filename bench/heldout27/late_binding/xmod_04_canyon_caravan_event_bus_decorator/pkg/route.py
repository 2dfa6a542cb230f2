"""Wire a route's waystations to the bus."""
from dataclasses import dataclass


@dataclass(frozen=True)
class Waystation:
    code: str
    name: str
    spring: bool


def wire_route(bus, ledger, stations):
    for station in stations:
        @bus.on(f"arrive:{station.code}")
        def record_arrival(payload):
            water = payload["water_l"] if station.spring else 0
            ledger.arrival(station.name, payload["mules"], water)

    return [f"arrive:{s.code}" for s in stations]
