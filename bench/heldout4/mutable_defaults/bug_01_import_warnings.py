class ImportReport:
    def __init__(self, rows, warnings):
        self.rows = rows
        self.warnings = warnings

    @classmethod
    def from_rows(cls, raw_rows, warnings=[]):
        clean = []
        for lineno, row in enumerate(raw_rows, start=1):
            if not row.get("email"):
                warnings.append(f"line {lineno}: missing email")
                continue
            clean.append(row)
        return cls(clean, warnings)

    def summary(self):
        return f"{len(self.rows)} rows, {len(self.warnings)} warnings"


def main():
    first = ImportReport.from_rows([{"email": "a@x.io"}, {"email": ""}])
    assert first.summary() == "1 rows, 1 warnings"
    second = ImportReport.from_rows([{"email": "b@x.io"}, {"email": "c@x.io"}])
    assert second.summary() == "2 rows, 1 warnings"
    assert second.warnings is first.warnings
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
