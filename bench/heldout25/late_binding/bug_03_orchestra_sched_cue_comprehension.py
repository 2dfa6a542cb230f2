"""Cue sequencer for an orchestra's rehearsal click-track.

The sequencer reads a score's entrance table and schedules one cue per
section on a `sched.scheduler`; when a cue fires the section's stand
lights blink.  A manual clock keeps rehearsal runs reproducible.
"""
import sched
from dataclasses import dataclass, field
from typing import List


class ManualClock:
    def __init__(self):
        self.now = 0.0

    def time(self):
        return self.now

    def sleep(self, seconds):
        self.now += seconds


@dataclass
class Section:
    name: str
    stands: int
    blinks: List[float] = field(default_factory=list)


@dataclass
class Score:
    title: str
    entrances: List[tuple]  # (section name, beat)
    tempo_bpm: int = 60


class StandLights:
    def __init__(self, clock, sections):
        self.clock = clock
        self.sections = {s.name: s for s in sections}

    def blink(self, section_name):
        self.sections[section_name].blinks.append(self.clock.time())


class CueSequencer:
    def __init__(self, lights, clock):
        self.lights = lights
        self.clock = clock
        self.scheduler = sched.scheduler(clock.time, clock.sleep)

    def load(self, score):
        seconds_per_beat = 60.0 / score.tempo_bpm
        cues = [lambda: self.lights.blink(section) for section, _ in score.entrances]
        for cue, (_, beat) in zip(cues, score.entrances):
            self.scheduler.enterabs(beat * seconds_per_beat, 1, cue)
        return len(cues)

    def run(self):
        self.scheduler.run()


def main():
    clock = ManualClock()
    sections = [Section("strings", 8), Section("woodwinds", 4), Section("brass", 3)]
    lights = StandLights(clock, sections)
    sequencer = CueSequencer(lights, clock)
    score = Score(
        "Overture in D",
        entrances=[("strings", 0), ("woodwinds", 8), ("brass", 16)],
        tempo_bpm=120,
    )
    print("scheduled", sequencer.load(score), "cues for", score.title)
    sequencer.run()

    blinks = {s.name: s.blinks for s in sections}
    print("stand lights:", blinks)
    if blinks != {"strings": [0.0], "woodwinds": [4.0], "brass": [8.0]}:
        print("cues lit the wrong sections")
        print("BUG SHOWN")
    else:
        print("cue sheet is correct")


if __name__ == "__main__":
    main()
