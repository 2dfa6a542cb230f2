"""Tuning profiles for a zither repair shop.

A concert zither has dozens of strings; the shop keeps a tuning profile per
instrument.  The profile is updated live from the electronic tuner's thread,
so it guards its pitch table with a re-entrant lock.  Technicians fork a
profile to try an alternative tuning (e.g. Munich vs. Vienna) without
touching the original.
"""
import copy
import threading

MUNICH_FRETBOARD = ["d'", "a'", "g", "c", "C"]
VIENNA_FRETBOARD = ["a'", "a'", "d'", "g", "c"]


class TuningProfile:
    def __init__(self, instrument, fretboard, accompaniment):
        self.instrument = instrument
        self.fretboard = list(fretboard)
        self.accompaniment = dict(accompaniment)
        self.cents_offset = {}
        self._lock = threading.RLock()

    def record_reading(self, string, cents):
        with self._lock:
            self.cents_offset[string] = cents

    def retune_fretboard(self, notes):
        with self._lock:
            self.fretboard = list(notes)
            for index in range(len(notes)):
                self.cents_offset.pop(f"fret-{index}", None)

    def fork(self, label):
        variant = copy.deepcopy(self)
        variant.instrument = f"{self.instrument} ({label})"
        return variant

    def out_of_tune(self, limit=5):
        with self._lock:
            return sorted(s for s, c in self.cents_offset.items() if abs(c) > limit)


def tuner_session(profile, readings):
    worker = threading.Thread(
        target=lambda: [profile.record_reading(s, c) for s, c in readings])
    worker.start()
    worker.join()


def main():
    profile = TuningProfile(
        "Kiendl concert zither",
        MUNICH_FRETBOARD,
        {"acc-1": "Es", "acc-2": "B", "acc-3": "F", "acc-4": "C"},
    )
    tuner_session(profile, [("fret-0", 3), ("fret-1", -7), ("acc-2", 12), ("acc-3", -1)])
    print(f"{profile.instrument}: out of tune {profile.out_of_tune()}")
    try:
        vienna = profile.fork("Vienna trial")
    except TypeError as exc:
        print(f"could not fork profile: {exc}")
        print("BUG SHOWN")
        return
    vienna.retune_fretboard(VIENNA_FRETBOARD)
    print(f"{vienna.instrument}: {vienna.fretboard}")


if __name__ == "__main__":
    main()
