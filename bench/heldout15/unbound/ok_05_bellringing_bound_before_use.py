"""Method ringing validator for a tower's practice night."""

PEAL_THRESHOLD = 5000
rings_validated = 0


class TouchError(Exception):
    pass


class Method:
    STAGE = 6
    ROUNDS = "123456"

    @classmethod
    def place_names(cls):
        return [str(i) for i in range(1, cls.STAGE + 1)]

    def __init__(self, name, changes):
        self.name = name
        self.changes = changes


def check_row(row, stage):
    if sorted(row) != [str(i) for i in range(1, stage + 1)]:
        raise TouchError(f"row {row!r} is not a permutation")
    return row


class Tower:
    def __init__(self, dedication):
        self.dedication = dedication
        self.quarter_peals = []

    def validate(self, method, threshold=None):
        """Check every row; return (rows_ok, last_error)."""
        global rings_validated
        last_error = None
        rows_ok = 0
        limit = PEAL_THRESHOLD if threshold is None else threshold
        for row in method.changes[:limit]:
            try:
                check_row(row, Method.STAGE)
            except TouchError as exc:
                last_error = exc
                continue
            rows_ok += 1
        rings_validated += 1
        return rows_ok, last_error

    def record(self, method):
        rows_ok, problem = self.validate(method)
        status = "true" if problem is None else f"false ({problem})"
        self.quarter_peals.append((method.name, rows_ok, status))
        return status


def main():
    tower = Tower("St Mary")
    plain = Method("Plain Bob Minor", ["123456", "214365", "241635", "426153"])
    broken = Method("Kent TB Minor", ["123456", "213465", "113456", "231456"])
    print(Method.place_names())
    print(tower.record(plain))
    print(tower.record(broken))
    assert rings_validated == 2
    assert tower.quarter_peals[0][2] == "true"
    assert tower.quarter_peals[1][1] == 3
    print("OK")


if __name__ == "__main__":
    main()
