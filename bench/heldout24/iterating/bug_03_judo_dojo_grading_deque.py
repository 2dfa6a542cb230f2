"""Judo club grading session.

Candidates wait in a queue for the grading panel.  A candidate whose
partner (uke) has not arrived yet is sent to the back of the queue so the
panel keeps moving; everyone else performs their kata and is graded.
"""
from collections import deque
from dataclasses import dataclass

BELTS = ["white", "yellow", "orange", "green", "blue", "brown", "black"]


@dataclass
class Candidate:
    name: str
    belt: str
    partner: str
    kata_score: int

    def next_belt(self):
        return BELTS[BELTS.index(self.belt) + 1]


class GradingPanel:
    PASS_MARK = 70

    def __init__(self, present):
        self.present = set(present)
        self.queue = deque()
        self.results = {}

    def enrol(self, candidate):
        self.queue.append(candidate)

    def _ready(self, candidate):
        return candidate.partner in self.present

    def _defer(self, candidate):
        self.queue.remove(candidate)
        self.queue.append(candidate)

    def _grade(self, candidate):
        passed = candidate.kata_score >= self.PASS_MARK
        self.results[candidate.name] = candidate.next_belt() if passed else candidate.belt
        return passed

    def run_session(self):
        for candidate in self.queue:
            if not self._ready(candidate):
                self._defer(candidate)
                continue
            self._grade(candidate)


def main():
    panel = GradingPanel(present={"Hiro", "Ines", "Jonas", "Kasia", "Lars"})
    for candidate in [
        Candidate("Hiro", "yellow", "Ines", 81),
        Candidate("Ines", "white", "Hiro", 66),
        Candidate("Jonas", "orange", "Leon", 74),
        Candidate("Kasia", "green", "Lars", 90),
    ]:
        panel.enrol(candidate)
    try:
        panel.run_session()
    except RuntimeError as exc:
        print(f"grading session stopped: {exc}")
        print(f"graded so far: {panel.results}")
        print("BUG SHOWN")
        return
    for name, belt in panel.results.items():
        print(f"{name}: {belt}")
    print("session complete")


if __name__ == "__main__":
    main()
