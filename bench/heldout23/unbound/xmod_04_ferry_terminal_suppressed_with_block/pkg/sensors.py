"""Weighbridge and axle-sensor access for the check-in lanes."""
from dataclasses import dataclass
from typing import Dict


class SensorFault(Exception):
    """Raised when a weighbridge reading is implausible or missing."""


@dataclass
class Vehicle:
    plate: str
    kind: str
    length_m: float


class Weighbridge:
    def __init__(self, readings: Dict[str, float]):
        self._readings = readings
        self.fault_count = 0

    def axle_weight(self, vehicle: Vehicle) -> float:
        value = self._readings.get(vehicle.plate)
        if value is None or value <= 0:
            self.fault_count += 1
            raise SensorFault(f"no stable reading for {vehicle.plate}")
        return value
