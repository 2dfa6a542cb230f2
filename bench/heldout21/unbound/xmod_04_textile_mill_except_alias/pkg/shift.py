"""Shift supervisor: runs every loom and reports the shift."""
from .errors import LoomFault


class ShiftReport:
    def __init__(self):
        self.lines = []

    def add(self, text):
        self.lines.append(text)


def run_shift(looms, metres, report):
    fault = None
    for loom in looms:
        try:
            loom.weave(metres)
        except LoomFault as fault:
            report.add(f"stopped: {fault}")
            continue
        report.add(f"loom {loom.number}: {loom.metres}m")
    if fault is not None:
        report.add(f"last fault code {fault.code}")
    return report
