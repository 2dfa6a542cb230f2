"""Driftwood dojo: class roster and belt gradings for a beach-side dojo.

Students who pass a grading leave the beginners' roster; students who skip
too many sessions are dropped.  Observers are told about each grading, and a
one-shot observer may stop listening once it has what it needs.
"""
import itertools
from collections import deque


class Roster:
    _tokens = itertools.count(1)

    def __init__(self, name):
        self.name = name
        self.students = {}
        self._observers = {}
        self.graduates = []

    def enrol(self, student, belt, missed=0):
        self.students[student] = {"belt": belt, "missed": missed}

    def subscribe(self, callback):
        token = next(self._tokens)
        self._observers[token] = callback
        return token

    def unsubscribe(self, token):
        self._observers.pop(token, None)

    def drop_absentees(self, limit=3):
        for student, record in list(self.students.items()):
            if record["missed"] > limit:
                del self.students[student]

    def grade(self, passed):
        for student in tuple(self.students):
            if student in passed:
                self.graduates.append(self.students.pop(student)["belt"])
                for token, callback in list(self._observers.items()):
                    callback(student, token)


def drain_mats(queue):
    cleaned = []
    pending = deque(queue)
    while pending:
        mat = pending.popleft()
        cleaned.append(mat)
        if mat.endswith("(sandy)"):
            pending.append(mat.replace(" (sandy)", " (rinsed)"))
    return cleaned


def main():
    roster = Roster("Saturday beginners")
    for student, missed in (("Kai", 0), ("Noa", 5), ("Lei", 1), ("Ari", 4), ("Mika", 0)):
        roster.enrol(student, "white", missed)

    certificates, first_pass = [], []
    roster.subscribe(lambda s, t: certificates.append(s))

    def first_only(student, token):
        first_pass.append(student)
        roster.unsubscribe(token)

    roster.subscribe(first_only)
    roster.drop_absentees()
    roster.grade({"Kai", "Lei"})
    mats = drain_mats(["mat 1", "mat 2 (sandy)", "mat 3"])

    print(f"remaining: {sorted(roster.students)}; certificates: {certificates}")
    assert sorted(roster.students) == ["Mika"]
    assert certificates == ["Kai", "Lei"] and first_pass == ["Kai"]
    assert mats == ["mat 1", "mat 2 (sandy)", "mat 3", "mat 2 (rinsed)"]
    print("OK")


if __name__ == "__main__":
    main()
