"""Apiary management for a beekeeping association.

Every hive records its inspections (brood frames, mite count, notes).  The
apiary uses the inspection history to decide which hives are due for a
visit and which need varroa treatment.
"""
from datetime import date, timedelta


class InspectionLogMixin:
    """Gives a model an append-only inspection log."""

    inspection_log = []

    def log_inspection(self, when, **observations):
        entry = {"when": when, **observations}
        self.inspection_log.append(entry)
        return entry

    def last_inspection(self):
        return self.inspection_log[-1] if self.inspection_log else None

    def inspections_since(self, day):
        return [e for e in self.inspection_log if e["when"] >= day]


class Hive(InspectionLogMixin):
    def __init__(self, hive_id, site, queen_marked=False):
        self.hive_id = hive_id
        self.site = site
        self.queen_marked = queen_marked

    def inspect(self, when, brood_frames, mites_per_100):
        note = "queen seen" if self.queen_marked else "eggs seen"
        return self.log_inspection(when, brood=brood_frames, mites=mites_per_100, note=note)

    def __repr__(self):
        return f"Hive({self.hive_id!r})"


class Apiary:
    VISIT_INTERVAL = timedelta(days=9)
    MITE_THRESHOLD = 3

    def __init__(self, name, hives):
        self.name = name
        self.hives = {h.hive_id: h for h in hives}

    def due_for_visit(self, today):
        due = []
        for hive in self.hives.values():
            last = hive.last_inspection()
            if last is None or today - last["when"] >= self.VISIT_INTERVAL:
                due.append(hive.hive_id)
        return due

    def needs_treatment(self):
        flagged = []
        for hive in self.hives.values():
            last = hive.last_inspection()
            if last and last["mites"] >= self.MITE_THRESHOLD:
                flagged.append(hive.hive_id)
        return flagged


def main():
    heather = Hive("H-1", "heather bank", queen_marked=True)
    linden = Hive("L-2", "linden row")
    ivy = Hive("I-3", "ivy wall")
    apiary = Apiary("Hillfoot", [heather, linden, ivy])

    start = date(2024, 6, 1)
    heather.inspect(start, brood_frames=7, mites_per_100=1)
    heather.inspect(start + timedelta(days=8), brood_frames=8, mites_per_100=4)

    today = start + timedelta(days=10)
    due = apiary.due_for_visit(today)
    treat = apiary.needs_treatment()
    print(f"due for visit: {due}")
    print(f"varroa treatment: {treat}")
    print(f"linden log: {len(linden.inspection_log)} entries")
    if treat != ["H-1"] or "L-2" not in due or linden.last_inspection() is not None:
        print("hives that were never opened report inspections")
        print("BUG SHOWN")
    else:
        print("apiary records consistent")


if __name__ == "__main__":
    main()
