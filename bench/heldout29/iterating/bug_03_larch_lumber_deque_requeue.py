"""Larch lumber drying yard.

Stacks of larch boards wait in a FIFO for the moisture meter.  Stacks
still too wet are sent back for another day in the drying shed and
re-queued at the back of the line.
"""
from collections import deque
from dataclasses import dataclass


@dataclass
class Stack:
    stack_id: str
    moisture: float
    days_dried: int = 0


class DryingYard:
    TARGET_MOISTURE = 12.0
    DAILY_LOSS = 3.5

    def __init__(self):
        self.waiting = deque()
        self.graded = []

    def receive(self, stack):
        self.waiting.append(stack)

    def _dry_another_day(self, stack):
        stack.moisture = round(stack.moisture - self.DAILY_LOSS, 1)
        stack.days_dried += 1
        self.waiting.append(stack)

    def _meter(self, stack):
        return stack.moisture <= self.TARGET_MOISTURE

    def inspect_all(self):
        for stack in self.waiting:
            if self._meter(stack):
                self.graded.append(stack.stack_id)
            else:
                self._dry_another_day(stack)
        self.waiting.clear()
        return self.graded


def main():
    yard = DryingYard()
    for stack_id, moisture in [("L-01", 11.0), ("L-02", 15.5), ("L-03", 10.2)]:
        yard.receive(Stack(stack_id, moisture))
    try:
        graded = yard.inspect_all()
    except RuntimeError as exc:
        print(f"inspection round aborted: {exc}")
        print(f"graded before the crash: {yard.graded}")
        print("BUG SHOWN")
        return
    print("graded:", graded)


if __name__ == "__main__":
    main()
