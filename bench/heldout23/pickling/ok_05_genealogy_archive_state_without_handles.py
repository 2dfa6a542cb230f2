"""Record index for a genealogy archive's reading room.

Volunteers transcribe parish registers into an index.  The index holds a
lock (transcription threads add records) and an open journal file; it is
snapshotted for the search service and fuzzy name matching is farmed out
to worker processes.
"""
import copy
import functools
import multiprocessing
import os
import pickle
import tempfile
import threading
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from typing import Dict, List, Optional


@dataclass(frozen=True)
class Record:
    surname: str
    forename: str
    year: int
    parish: str
    event: str


def soundex(name: str) -> str:
    codes = {c: str(d) for d, letters in enumerate(
        ["aeiouyhw", "bfpv", "cgjkqsxz", "dt", "l", "mn", "r"]) for c in letters}
    name = name.lower()
    out, last = name[0].upper(), codes.get(name[0], "")
    for ch in name[1:]:
        code = codes.get(ch, "")
        if code and code != "0" and code != last:
            out += code
        last = code
    return (out + "000")[:4]


def match_surname(target: str, record: Record) -> Optional[Record]:
    return record if soundex(record.surname) == soundex(target) else None


class RegisterIndex:
    def __init__(self, journal_path: str):
        self.journal_path = journal_path
        self.records: List[Record] = []
        self._lock = threading.Lock()
        self._journal = open(journal_path, "a", encoding="utf-8")

    def add(self, record: Record) -> None:
        with self._lock:
            self.records.append(record)
            self._journal.write(f"{record}\n")

    def close(self) -> None:
        self._journal.close()

    def __getstate__(self) -> Dict[str, object]:
        state = self.__dict__.copy()
        del state["_lock"], state["_journal"]
        return state

    def __setstate__(self, state: Dict[str, object]) -> None:
        self.__dict__.update(state)
        self._lock = threading.Lock()
        self._journal = open(self.journal_path, "a", encoding="utf-8")


def fuzzy_search(index: RegisterIndex, surname: str) -> List[Record]:
    ctx = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=1, mp_context=ctx) as pool:
        hits = pool.map(functools.partial(match_surname, surname), index.records)
        return [hit for hit in hits if hit is not None]


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="parish-") as workdir:
        index = RegisterIndex(os.path.join(workdir, "journal.txt"))
        for rec in [
            Record("Pritchard", "Eleanor", 1843, "Llanfair", "baptism"),
            Record("Prichard", "Owen", 1846, "Llanfair", "baptism"),
            Record("Jenkins", "Mary", 1851, "Bettws", "marriage"),
            Record("Pritchett", "John", 1860, "Bettws", "burial"),
        ]:
            index.add(rec)

        snapshot = pickle.loads(pickle.dumps(index))
        clone = copy.deepcopy(index)
        clone.add(Record("Evans", "Ruth", 1862, "Llanfair", "baptism"))
        hits = fuzzy_search(index, "Pritchard")
        for obj in (index, snapshot, clone):
            obj.close()

        assert len(snapshot.records) == 4 and len(clone.records) == 5
        assert [h.forename for h in hits] == ["Eleanor", "John"], hits
        print(f"matches for Pritchard: {[f'{h.forename} {h.surname}' for h in hits]}")
    print("OK")


if __name__ == "__main__":
    main()
