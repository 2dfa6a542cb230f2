"""Bronze bazaar: work queue for a metalsmiths' market stall.

Customer orders for cast bronze pieces are queued at the stall.  Finishing an
order may create follow-up work (patina, engraving) that is queued for the
same evening's batch.
"""
from collections import deque
from dataclasses import dataclass
from enum import Enum


class Step(Enum):
    CAST = "cast"
    PATINA = "patina"
    ENGRAVE = "engrave"


@dataclass(frozen=True)
class Order:
    ref: str
    piece: str
    step: Step = Step.CAST
    inscription: str = ""


class Workshop:
    minutes = {Step.CAST: 90, Step.PATINA: 30, Step.ENGRAVE: 20}

    def __init__(self):
        self.log = []

    def work(self, order):
        self.log.append((order.ref, order.step.value))
        return self.minutes[order.step]


class Stall:
    def __init__(self, workshop):
        self.workshop = workshop
        self.pending = deque()
        self.minutes_used = 0

    def take(self, order):
        self.pending.append(order)

    def _finish(self, order):
        self.minutes_used += self.workshop.work(order)
        if order.step is Step.CAST:
            self.take(Order(order.ref, order.piece, Step.PATINA, order.inscription))
        elif order.step is Step.PATINA and order.inscription:
            self.take(Order(order.ref, order.piece, Step.ENGRAVE, order.inscription))

    def evening_batch(self):
        for order in self.pending:
            self._finish(order)
        self.pending.clear()
        return self.minutes_used


def main():
    stall = Stall(Workshop())
    stall.take(Order("BZ-17", "door knocker", inscription="No. 9"))
    stall.take(Order("BZ-18", "bell"))
    try:
        minutes = stall.evening_batch()
    except RuntimeError as exc:
        print(f"evening batch aborted: {exc}")
        print(f"completed steps: {stall.workshop.log}")
        print("BUG SHOWN")
        return
    print(f"batch took {minutes} min: {stall.workshop.log}")
    print("no failure")


if __name__ == "__main__":
    main()
