"""Piano tuning records: a piano owns its strings, each string knows its piano."""

import gc
import math

gc.disable()

CLOSED_RECORDS = []


class PianoString:
    def __init__(self, piano, note, hz):
        self.piano = piano
        self.note = note
        self.hz = hz

    def cents_off(self, target):
        return round(1200 * math.log2(self.hz / target), 1)

    def retune(self, target):
        self.hz = target
        self.piano.log.append(f"{self.note} -> {target}")


class Piano:
    def __init__(self, serial, pitches):
        self.serial = serial
        self.log = []
        self.strings = [PianoString(self, n, hz) for n, hz in pitches.items()]

    def tune(self, reference):
        for s in self.strings:
            if abs(s.cents_off(reference[s.note])) > 2:
                s.retune(reference[s.note])

    def __del__(self):
        CLOSED_RECORDS.append(self.serial)


def visit(serial):
    piano = Piano(serial, {"A4": 437.0, "C4": 261.6, "E4": 331.2})
    piano.tune({"A4": 440.0, "C4": 261.63, "E4": 329.63})
    return piano


def main():
    piano = visit("Bechstein-1887")
    print("tuning log:", piano.log)
    del piano
    if "Bechstein-1887" not in CLOSED_RECORDS:
        print("tuning record never closed")
        print("BUG SHOWN")
    else:
        print("record closed")


if __name__ == "__main__":
    main()
