"""Judging at a school science fair."""


class Entry:
    def __init__(self, code, student, volts=None):
        self.code = code
        self.student = student
        self.volts = volts
        self.score = 0


class Fair:
    def __init__(self):
        self.entries = {}
        self.withdrawn = []

    def register(self, entry):
        self.entries[entry.code] = entry

    def disqualify(self, code, reason):
        entry = self.entries.pop(code)
        self.withdrawn.append((entry.student, reason))

    def safety_check(self, entry):
        if entry.volts is not None and entry.volts > 48:
            self.disqualify(entry.code, "mains voltage")
            return False
        return True

    def judge(self):
        for code, entry in self.entries.items():
            if self.safety_check(entry):
                entry.score = len(entry.student) * 3


def main():
    fair = Fair()
    fair.register(Entry("E1", "Hana", volts=9))
    fair.register(Entry("E2", "Igor", volts=230))
    fair.register(Entry("E3", "June"))
    try:
        fair.judge()
    except RuntimeError as exc:
        print("judging aborted:", exc)
        print("BUG SHOWN")
        return
    print({c: e.score for c, e in fair.entries.items()})


if __name__ == "__main__":
    main()
