"""Loom controllers for the weaving shed."""
from .errors import ThreadBreak


class Loom:
    def __init__(self, number, broken_at=None):
        self.number = number
        self.broken_at = broken_at
        self.metres = 0

    def weave(self, metres):
        for m in range(metres):
            if self.broken_at is not None and self.metres == self.broken_at:
                raise ThreadBreak(self.number, "TB-%d" % self.metres)
            self.metres += 1
        return self.metres
