"""Workshop distribution board: which machine circuits are energised."""
from typing import Dict, List


class DistributionBoard:
    def __init__(self) -> None:
        self.live: Dict[str, float] = {}
        self.log: List[str] = []

    def energise(self, circuit: str, kw: float) -> None:
        self.live[circuit] = kw
        self.log.append(f"+{circuit}")

    def isolate(self, circuit: str) -> None:
        self.live.pop(circuit, None)
        self.log.append(f"-{circuit}")

    def load_kw(self) -> float:
        return sum(self.live.values())
