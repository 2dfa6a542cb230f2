"""Tuning queue for a xylophone workshop.

Rosewood bars are cut slightly long and shaved down until their fundamental
lands within tolerance of the target pitch.  A small retry decorator drives
the shaving loop and keeps a workshop-wide tally of shaving passes so the
foreman can see how much work each batch took.
"""
import functools
import logging
import math

log = logging.getLogger("workshop.tuning")

NOTE_HZ = {"C5": 523.25, "D5": 587.33, "E5": 659.25, "F5": 698.46, "G5": 783.99}
TOLERANCE_CENTS = 4.0


class OutOfTune(Exception):
    def __init__(self, bar, measured):
        super().__init__(f"{bar.note}: measured {measured:.2f} Hz")
        self.bar = bar
        self.measured = measured


class Bar:
    """A bar whose pitch rises as it is shaved shorter (f ~ 1/L^2)."""

    def __init__(self, note, length_mm, reference_hz_at_300mm=470.0):
        self.note = note
        self.length_mm = length_mm
        self._k = reference_hz_at_300mm * 300.0 ** 2

    def frequency(self):
        return self._k / self.length_mm ** 2

    def shave(self, mm):
        self.length_mm -= mm


def cents(measured, target):
    return 1200.0 * math.log2(measured / target)


def with_passes(max_passes):
    """Retry the wrapped tuning step and keep a running pass count."""

    def decorate(func):
        total_passes = 0

        @functools.wraps(func)
        def wrapper(bar):
            for attempt in range(1, max_passes + 1):
                total_passes += 1
                try:
                    return func(bar)
                except OutOfTune as exc:
                    log.debug("attempt %d on %s: %s", attempt, bar.note, exc)
            raise OutOfTune(bar, bar.frequency())

        wrapper.total_passes = lambda: total_passes
        return wrapper

    return decorate


@with_passes(max_passes=40)
def tune_step(bar):
    target = NOTE_HZ[bar.note]
    off = cents(bar.frequency(), target)
    if abs(off) <= TOLERANCE_CENTS:
        return bar.frequency()
    # still flat: take off a little more material, proportional to the error
    bar.shave(max(0.2, -off / 60.0))
    raise OutOfTune(bar, bar.frequency())


def tune_batch(bars):
    report = {}
    for bar in bars:
        report[bar.note] = tune_step(bar)
    return report


def main():
    batch = [
        Bar("C5", 285.0),
        Bar("D5", 270.0),
        Bar("E5", 256.0),
        Bar("F5", 250.0),
        Bar("G5", 237.0),
    ]
    try:
        report = tune_batch(batch)
    except UnboundLocalError as exc:
        print(f"tuning aborted: {type(exc).__name__}: {exc}")
        print("BUG SHOWN")
        return
    for note, hz in report.items():
        print(f"{note}: {hz:.2f} Hz")
    print(f"passes: {tune_step.total_passes()}")


if __name__ == "__main__":
    main()
