class InvalidTicket(ValueError):
    pass


class Ticket:
    PRIORITIES = ("low", "normal", "high", "blocker")

    def __init__(self, key, title, priority):
        if priority not in self.PRIORITIES:
            raise InvalidTicket(f"{key}: unknown priority {priority!r}")
        self.key = key
        self.title = title
        self.priority = priority


class ImportReport:
    def __init__(self):
        self.imported = []
        self.rejected = []


class TrackerImporter:
    def __init__(self, project):
        self.project = project

    def parse_row(self, row):
        key, title, priority = row.split("|")
        return Ticket(f"{self.project}-{key}", title.strip(), priority.strip())

    def import_rows(self, rows):
        report = ImportReport()
        for row in rows:
            failure = None
            try:
                report.imported.append(self.parse_row(row))
            except InvalidTicket as failure:
                self._log_outcome(row, failure)
            if failure is not None:
                report.rejected.append((row, str(failure)))
        return report

    def _log_outcome(self, row, failure):
        self.last_outcome = (row, str(failure))


def main():
    importer = TrackerImporter("CORE")
    rows = ["1|Crash on save|high", "2|Typo in footer|trivial", "3|Slow search|normal"]
    try:
        importer.import_rows(rows)
    except UnboundLocalError as exc:
        assert "failure" in str(exc)
        assert importer.last_outcome[0] == rows[1]
        print("BUG SHOWN")
        return
    raise AssertionError("import finished cleanly")


if __name__ == "__main__":
    main()
