"""Substation event processor for a regional energy grid operator.

SCADA events (breaker trips, overloads, restorations) arrive in a deque.
The processor sweeps the pending events once per control cycle and lets
protection logic react; an overload on a feeder can shed load onto a
neighbouring feeder, which the protection logic reports as a new event.
"""
from collections import deque
from dataclasses import dataclass
from typing import Deque, Dict, List


@dataclass(frozen=True)
class GridEvent:
    kind: str
    feeder: str
    megawatts: float = 0.0


TOPOLOGY = {
    "F1": ["F2"],
    "F2": ["F1", "F3"],
    "F3": ["F2"],
}
RATING_MW = {"F1": 12.0, "F2": 10.0, "F3": 8.0}


class ProtectionLogic:
    def __init__(self, loads: Dict[str, float]):
        self.loads = dict(loads)
        self.tripped: List[str] = []

    def handle(self, event: GridEvent, emit) -> None:
        if event.kind == "overload":
            self._shed(event.feeder, event.megawatts, emit)
        elif event.kind == "trip":
            self.tripped.append(event.feeder)
        elif event.kind == "transfer":
            self.loads[event.feeder] += event.megawatts
            if self.loads[event.feeder] > RATING_MW[event.feeder]:
                emit(GridEvent("overload", event.feeder,
                               self.loads[event.feeder] - RATING_MW[event.feeder]))

    def _shed(self, feeder: str, excess: float, emit) -> None:
        self.loads[feeder] -= excess
        neighbours = TOPOLOGY[feeder]
        share = excess / len(neighbours)
        for neighbour in neighbours:
            emit(GridEvent("transfer", neighbour, share))


class EventProcessor:
    def __init__(self, logic: ProtectionLogic):
        self.logic = logic
        self.pending: Deque[GridEvent] = deque()
        self.processed: List[GridEvent] = []

    def submit(self, event: GridEvent) -> None:
        self.pending.append(event)

    def sweep(self) -> int:
        handled = 0
        for event in self.pending:
            self.logic.handle(event, self.submit)
            self.processed.append(event)
            handled += 1
        for _ in range(handled):
            self.pending.popleft()
        return handled


def main() -> None:
    logic = ProtectionLogic({"F1": 9.0, "F2": 9.5, "F3": 6.0})
    processor = EventProcessor(logic)
    processor.submit(GridEvent("trip", "F3"))
    processor.submit(GridEvent("overload", "F1", 3.0))
    processor.submit(GridEvent("trip", "F2"))
    try:
        while processor.pending:
            processor.sweep()
    except RuntimeError as exc:
        print(f"control cycle aborted after {len(processor.processed)} event(s): {exc}")
        print("BUG SHOWN")
        return
    print(f"loads: {logic.loads}, tripped: {logic.tripped}")


if __name__ == "__main__":
    main()
