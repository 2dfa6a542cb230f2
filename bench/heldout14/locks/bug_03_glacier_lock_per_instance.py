"""Glacier survey: field teams report ablation-stake melt into a shared season store."""

import sys
import threading
import time

sys.setswitchinterval(1e-6)


class SeasonStore:
    def __init__(self, stakes):
        self.melt_mm = {s: 0 for s in stakes}


class StakeRecorder:
    """One recorder per field team; serialises that team's writes."""

    def __init__(self, team, store):
        self.team = team
        self.store = store
        self._lock = threading.Lock()
        self.submitted = 0

    def _apply_calibration(self, value):
        time.sleep(0.0001)
        return value

    def record(self, stake, melt_mm):
        with self._lock:
            current = self.store.melt_mm[stake]
            adjusted = self._apply_calibration(melt_mm)
            self.store.melt_mm[stake] = current + adjusted
            self.submitted += 1


def field_team(name, store, readings, start):
    recorder = StakeRecorder(name, store)
    start.wait()
    for stake, melt in readings:
        recorder.record(stake, melt)
    return recorder.submitted


def main():
    stakes = ["S1", "S2", "S3"]
    store = SeasonStore(stakes)
    readings = [(stakes[i % 3], 2) for i in range(120)]
    start = threading.Event()
    teams = [
        threading.Thread(target=field_team, args=(f"team-{n}", store, readings, start))
        for n in range(4)
    ]
    for t in teams:
        t.start()
    start.set()
    for t in teams:
        t.join()
    expected = 4 * sum(m for _, m in readings)
    got = sum(store.melt_mm.values())
    print(f"season melt total {got} mm, expected {expected} mm")
    if got != expected:
        print("melt readings were lost")
        print("BUG SHOWN")
        return
    print("OK")


if __name__ == "__main__":
    main()
