"""Tailoring alterations: workload report per tailor from a job board."""

from collections import defaultdict


class Job:
    def __init__(self, garment, kind, minutes, tailor):
        self.garment = garment
        self.kind = kind
        self.minutes = minutes
        self.tailor = tailor


class Board:
    BACKUP = {"Priya": "Sam", "Sam": "Olu", "Olu": "Priya", "Ines": "Ravi"}

    def __init__(self):
        self.minutes_by_tailor = defaultdict(int)

    def add(self, job):
        self.minutes_by_tailor[job.tailor] += job.minutes

    def backup_load(self, tailor):
        return self.minutes_by_tailor[self.BACKUP[tailor]]

    def overloaded(self, limit):
        flagged = []
        for tailor, minutes in self.minutes_by_tailor.items():
            if minutes > limit and self.backup_load(tailor) < limit:
                flagged.append(tailor)
        return flagged


def main():
    board = Board()
    for job in [Job("suit jacket", "sleeves", 90, "Priya"),
                Job("wedding dress", "hem", 120, "Ines"),
                Job("trousers", "taper", 30, "Sam")]:
        board.add(job)
    try:
        flagged = board.overloaded(limit=60)
    except RuntimeError as exc:
        print("report failed:", exc)
        print("BUG SHOWN")
        return
    print("overloaded:", flagged)
    print("OK")


if __name__ == "__main__":
    main()
