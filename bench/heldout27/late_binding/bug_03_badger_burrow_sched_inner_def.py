"""Badger burrow: camera-trap rounds in a badger sett survey.

A field warden plans one inspection per tunnel entrance, staggered so the
animals are disturbed as little as possible.  Inspections are queued on a
``sched.scheduler`` driven by a simulated clock so the round can be replayed.
"""
import sched
from dataclasses import dataclass


class SimClock:
    def __init__(self, start=0.0):
        self.now = start

    def time(self):
        return self.now

    def sleep(self, seconds):
        self.now += seconds


@dataclass(frozen=True)
class Entrance:
    code: str
    bearing: int
    camera: str


class CameraTraps:
    def __init__(self):
        self.frames = {"cam-1": 14, "cam-2": 3, "cam-3": 27}

    def download(self, camera):
        return self.frames[camera]


class WardenRound:
    def __init__(self, traps, spacing_min=15):
        self.clock = SimClock()
        self.queue = sched.scheduler(self.clock.time, self.clock.sleep)
        self.traps = traps
        self.spacing = spacing_min
        self.notes = []

    def plan(self, entrances):
        for slot, entrance in enumerate(entrances):
            def inspect():
                frames = self.traps.download(entrance.camera)
                self.notes.append((self.clock.time(), entrance.code, frames))

            self.queue.enter(slot * self.spacing, priority=1, action=inspect)
        return len(self.queue.queue)

    def walk(self):
        self.queue.run()
        return self.notes


def main():
    entrances = [
        Entrance("E-oak", 40, "cam-1"),
        Entrance("E-bank", 135, "cam-2"),
        Entrance("E-spoil", 290, "cam-3"),
    ]
    warden = WardenRound(CameraTraps())
    print(f"planned {warden.plan(entrances)} inspections")
    notes = warden.walk()
    for minute, code, frames in notes:
        print(f"t+{minute:>4.0f} min  {code:8s} {frames} frames")
    visited = [code for _, code, _ in notes]
    if visited != [e.code for e in entrances]:
        print(f"entrances visited: {sorted(set(visited))}")
        print("BUG SHOWN")
    else:
        print("round complete")


if __name__ == "__main__":
    main()
