"""Livery stable records.

Horse records are kept in a shelve database so the yard manager's laptop
can reopen them after a restart.  Each record carries its feeding rule,
which the evening feed round evaluates to get the scoop count.
"""
import os
import pickle
import shelve
import tempfile
from dataclasses import dataclass, field


@dataclass
class HorseRecord:
    name: str
    breed: str
    weight_kg: int
    owner: str
    work_level: str = "light"
    feed_rule: object = None
    farrier_weeks: int = 6
    notes: list = field(default_factory=list)

    def scoops(self):
        return self.feed_rule(self) if self.feed_rule else 0


def standard_rule(horse):
    base = horse.weight_kg / 250
    return round(base * {"rest": 0.5, "light": 1.0, "hard": 1.5}[horse.work_level], 1)


class StableBook:
    def __init__(self, path):
        self.path = path

    def save(self, record):
        with shelve.open(self.path) as db:
            db[record.name] = record

    def load_all(self):
        with shelve.open(self.path) as db:
            return {key: db[key] for key in sorted(db.keys())}


def admit(book, name, breed, weight, owner, work_level="light", special_diet=None):
    record = HorseRecord(name, breed, weight, owner, work_level)
    if special_diet is None:
        record.feed_rule = standard_rule
    else:
        scoops_per_100kg = special_diet
        record.feed_rule = lambda horse: round(horse.weight_kg / 100 * scoops_per_100kg, 1)
        record.notes.append(f"special diet: {scoops_per_100kg} scoops/100kg")
    book.save(record)
    return record


def main():
    with tempfile.TemporaryDirectory() as tmp:
        book = StableBook(os.path.join(tmp, "livery"))
        admitted = []
        try:
            admitted.append(admit(book, "Hector", "Irish Draught", 620, "L. Kerr", "hard"))
            admitted.append(admit(book, "Juniper", "Highland pony", 410, "I. Jones"))
            admitted.append(admit(book, "Kestrel", "Thoroughbred", 510, "H. Lund",
                                  "rest", special_diet=0.3))
        except (pickle.PicklingError, AttributeError, TypeError) as exc:
            print(f"could not save record: {type(exc).__name__}: {exc}")
            saved = book.load_all()
            print(f"records on disk: {sorted(saved)}")
            print("BUG SHOWN")
            return
        for name, record in book.load_all().items():
            print(f"{name}: {record.scoops()} scoops")
        print(f"{len(admitted)} horses admitted")


if __name__ == "__main__":
    main()
