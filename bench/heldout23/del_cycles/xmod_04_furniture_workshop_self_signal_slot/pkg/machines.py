"""Drivers for the wood lathe and the panel saw."""
from typing import List

from .power import DistributionBoard
from .signals import Signal


class Machine:
    rated_kw = 1.0

    def __init__(self, circuit: str, board: DistributionBoard):
        self.circuit = circuit
        self.board = board
        self.job_finished = Signal(f"{circuit}.job_finished")
        self.history: List[str] = []
        self.job_finished.connect(self._record_job)
        board.energise(circuit, self.rated_kw)

    def _record_job(self, job: str, minutes: float) -> None:
        self.history.append(f"{job} ({minutes:.0f} min)")

    def run_job(self, job: str, minutes: float) -> None:
        self.job_finished.emit(job, minutes)

    def __del__(self) -> None:
        self.board.isolate(self.circuit)


class WoodLathe(Machine):
    rated_kw = 2.2

    def turn(self, blank: str, diameter_mm: int) -> None:
        minutes = 6 + diameter_mm / 10
        self.run_job(f"turn {blank} to {diameter_mm} mm", minutes)


class PanelSaw(Machine):
    rated_kw = 5.5
