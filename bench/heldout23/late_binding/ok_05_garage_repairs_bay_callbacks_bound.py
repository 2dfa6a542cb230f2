"""Workshop board for a car-repair garage.

Each repair bay runs diagnostics on a worker thread; when a diagnostic job
finishes, a completion callback posts the result to that bay's card on the
board.  Later, a scheduler walks the bays and calls per-bay reminder hooks.
"""
import functools
import sched
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Callable, Dict, List


@dataclass
class Bay:
    number: int
    vehicle: str
    fault_codes: List[str] = field(default_factory=list)
    status: str = "waiting"


def run_diagnostics(vehicle: str, gate: threading.Event) -> List[str]:
    gate.wait(timeout=5)
    table = {"Golf TDI": ["P0401"], "Transit": ["P0299", "P2463"], "Yaris": []}
    return table[vehicle]


class Board:
    def __init__(self, bays: List[Bay]):
        self.bays = bays
        self.posted: Dict[int, str] = {}
        self.reminders: List[str] = []

    def post_result(self, bay: Bay, future: Future) -> None:
        bay.fault_codes = future.result()
        bay.status = "needs parts" if bay.fault_codes else "ready"
        self.posted[bay.number] = bay.vehicle

    def remind(self, bay: Bay) -> None:
        self.reminders.append(f"bay {bay.number}: {bay.vehicle} {bay.status}")


def diagnose_all(board: Board) -> None:
    gate = threading.Event()
    with ThreadPoolExecutor(max_workers=3) as pool:
        for bay in board.bays:
            future = pool.submit(run_diagnostics, bay.vehicle, gate)
            future.add_done_callback(functools.partial(board.post_result, bay))
        gate.set()


def schedule_reminders(board: Board) -> None:
    clock = [0.0]
    timeline = sched.scheduler(lambda: clock[0], lambda d: clock.__setitem__(0, clock[0] + d))
    hooks: List[Callable[[], None]] = []
    for offset, bay in enumerate(board.bays):
        hook = lambda bay=bay: board.remind(bay)
        hooks.append(hook)
        timeline.enter(offset * 900, 1, hook)
    timeline.run()


def main() -> None:
    board = Board([Bay(1, "Golf TDI"), Bay(2, "Transit"), Bay(3, "Yaris")])
    diagnose_all(board)
    schedule_reminders(board)
    for line in board.reminders:
        print(line)
    assert board.posted == {1: "Golf TDI", 2: "Transit", 3: "Yaris"}, board.posted
    assert [b.status for b in board.bays] == ["needs parts", "needs parts", "ready"]
    assert board.bays[1].fault_codes == ["P0299", "P2463"]
    assert board.reminders[0].startswith("bay 1: Golf TDI")
    print("OK")


if __name__ == "__main__":
    main()
