import io

delimiter = ","


class ImportReport:
    def __init__(self):
        self.rows = []
        self.errors = []


def read_records(stream):
    for raw in stream:
        line = raw.rstrip("\n")
        if not line:
            continue
        if line.startswith("#sep="):
            delimiter = line[len("#sep="):]
            continue
        yield [cell.strip() for cell in line.split(delimiter)]


def import_ledger(text):
    report = ImportReport()
    for record in read_records(io.StringIO(text)):
        report.rows.append(record)
    return report


def main():
    with_directive = "#sep=;\ndate;amount\n2024-01-02;10\n"
    report = import_ledger(with_directive)
    assert report.rows == [["date", "amount"], ["2024-01-02", "10"]]

    plain = "date,amount\n2024-01-03,12\n"
    try:
        import_ledger(plain)
    except UnboundLocalError as exc:
        assert "delimiter" in str(exc)
        print("BUG SHOWN")
    else:
        raise AssertionError("plain file imported")


if __name__ == "__main__":
    main()
