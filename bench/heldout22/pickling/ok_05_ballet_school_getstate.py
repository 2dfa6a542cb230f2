"""Rehearsal records for a ballet school.

A rehearsal record is updated from the studio's tablet thread and appends
to a journal file, so it holds a lock and an open file handle.  Records are
forked with deepcopy for casting experiments and sent to a process pool for
the (in production, expensive) fatigue model; tempo rules are plain data
checked by module-level functions, so everything sent to a worker pickles.
"""
import copy
import multiprocessing
import os
import pickle
import tempfile
import threading
from concurrent.futures import ProcessPoolExecutor


def within_bpm(low, high):
    return ("bpm", low, high)


RULES = {
    "adagio": within_bpm(60, 76),
    "allegro": within_bpm(120, 168),
}


def rule_accepts(rule, value):
    kind, low, high = rule
    return kind == "bpm" and low <= value <= high


class Rehearsal:
    def __init__(self, piece, section, journal_path):
        self.piece = piece
        self.section = section
        self.dancers = []
        self.tempos = []
        self.journal_path = journal_path
        self._lock = threading.Lock()
        self._journal = open(journal_path, "a", encoding="utf-8")

    def add_run(self, dancers, bpm):
        with self._lock:
            self.dancers = list(dancers)
            self.tempos.append(bpm)
            self._journal.write(f"{self.piece}/{self.section} {bpm}\n")
            self._journal.flush()

    def close(self):
        self._journal.close()

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["_lock"], state["_journal"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self._lock = threading.Lock()
        self._journal = open(self.journal_path, "a", encoding="utf-8")


def fatigue_report(rehearsal):
    rule = RULES[rehearsal.section]
    in_range = [rule_accepts(rule, bpm) for bpm in rehearsal.tempos]
    report = (rehearsal.piece, rehearsal.section, sum(in_range), len(in_range))
    rehearsal.close()
    return report


def main():
    with tempfile.TemporaryDirectory() as tmp:
        journal = os.path.join(tmp, "journal.txt")
        adagio = Rehearsal("Giselle", "adagio", journal)
        adagio.add_run(["Bea", "Ines"], 68)
        adagio.add_run(["Bea", "Ines"], 80)
        allegro = Rehearsal("Coppelia", "allegro", journal)
        allegro.add_run(["Noor", "Tom", "Ula"], 132)

        understudy = copy.deepcopy(adagio)
        understudy.add_run(["Bianca", "Ines"], 70)
        restored = pickle.loads(pickle.dumps(allegro))

        ctx = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(max_workers=1, mp_context=ctx) as pool:
            reports = list(pool.map(fatigue_report, [adagio, allegro, understudy]))

        for record in (adagio, allegro, understudy, restored):
            record.close()
        with open(journal, encoding="utf-8") as fh:
            lines = fh.read().splitlines()

    assert reports == [("Giselle", "adagio", 1, 2), ("Coppelia", "allegro", 1, 1),
                       ("Giselle", "adagio", 2, 3)], reports
    assert adagio.tempos == [68, 80] and understudy.tempos == [68, 80, 70]
    assert restored.dancers == ["Noor", "Tom", "Ula"]
    assert len(lines) == 4, lines
    print(f"reports: {reports}")
    print("OK")


if __name__ == "__main__":
    main()
