"""Observation run bookkeeping for an observatory.

Every night's run on a telescope records its target, exposures and a
calibration log (bias, dark and flat frames).  Runs without calibration
frames are flagged before the data is released to astronomers.
"""
from dataclasses import dataclass, field
from typing import List


class CalibrationLog:
    REQUIRED = ("bias", "dark", "flat")

    def __init__(self):
        self.frames = []

    def record(self, kind, count):
        if kind not in self.REQUIRED:
            raise ValueError(f"unknown calibration frame {kind!r}")
        self.frames.append((kind, count))

    def missing(self):
        taken = {kind for kind, count in self.frames if count > 0}
        return [kind for kind in self.REQUIRED if kind not in taken]

    def __repr__(self):
        return f"CalibrationLog({self.frames})"


@dataclass
class ObservationRun:
    night: str
    telescope: str
    target: str
    exposures: List[float] = field(default_factory=list)
    calibration: CalibrationLog = CalibrationLog()

    def expose(self, seconds):
        self.exposures.append(seconds)

    def ready_for_release(self):
        return bool(self.exposures) and not self.calibration.missing()


class NightPlan:
    def __init__(self, night):
        self.night = night
        self.runs = []

    def open_run(self, telescope, target):
        run = ObservationRun(self.night, telescope, target)
        self.runs.append(run)
        return run


def calibrate(run):
    for kind, count in (("bias", 11), ("dark", 7), ("flat", 9)):
        run.calibration.record(kind, count)


def main():
    plan = NightPlan("2024-02-11")
    m42 = plan.open_run("1.2m reflector", "M42")
    ngc = plan.open_run("0.6m refractor", "NGC 2244")

    calibrate(m42)
    for seconds in (30.0, 30.0, 120.0):
        m42.expose(seconds)
    ngc.expose(300.0)

    for run in plan.runs:
        print(run.target, "release:", run.ready_for_release(), "missing:", run.calibration.missing())

    if ngc.ready_for_release():
        print("uncalibrated NGC 2244 run was cleared for release")
        print("BUG SHOWN")
    else:
        print("release checks are correct")


if __name__ == "__main__":
    main()
