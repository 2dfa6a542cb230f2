"""Assigns vehicles to deck lanes while tracking axle load per lane."""
from collections import defaultdict
from typing import Dict, List

from .resilience import tolerant_reading
from .sensors import Vehicle, Weighbridge

LANE_LIMIT_T = 60.0
DECK_LANES = ("A", "B", "C")


class DeckPlan:
    def __init__(self, bridge: Weighbridge):
        self.bridge = bridge
        self.load: Dict[str, float] = defaultdict(float)
        self.assignment: Dict[str, str] = {}

    def _pick_lane(self, weight: float) -> str:
        return min(DECK_LANES, key=lambda lane: self.load[lane] + weight)

    def board(self, vehicle: Vehicle, checkin_lane: str) -> str:
        with tolerant_reading(checkin_lane):
            weight = self.bridge.axle_weight(vehicle)
        lane = self._pick_lane(weight)
        if self.load[lane] + weight > LANE_LIMIT_T:
            raise OverflowError(f"deck lane {lane} over limit")
        self.load[lane] += weight
        self.assignment[vehicle.plate] = lane
        return lane

    def board_queue(self, queue: List[Vehicle]) -> Dict[str, str]:
        for index, vehicle in enumerate(queue):
            self.board(vehicle, checkin_lane=f"CK{index % 2 + 1}")
        return dict(self.assignment)
