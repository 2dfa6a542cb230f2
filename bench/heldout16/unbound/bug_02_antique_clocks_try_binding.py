"""Service log parser for an antique clock workshop."""


class ServiceRecord:
    def __init__(self, clock_id, movement, hours):
        self.clock_id = clock_id
        self.movement = movement
        self.hours = hours


class ParseError(Exception):
    pass


def _parse_hours(text):
    value = float(text)
    if value < 0:
        raise ParseError(f"negative hours {text!r}")
    return value


class ServiceLogReader:
    def __init__(self, lines):
        self.lines = lines
        self.warnings = []

    def read_record(self, line):
        clock_id, movement, raw_hours = [p.strip() for p in line.split(",")]
        try:
            hours = _parse_hours(raw_hours)
        except (ValueError, ParseError) as exc:
            self.warnings.append(f"{clock_id}: {exc}")
        return ServiceRecord(clock_id, movement, hours)

    def records(self):
        return [self.read_record(line) for line in self.lines if line.strip()]


def total_hours(reader):
    return sum(r.hours for r in reader.records())


def main():
    log = [
        "LC-101, fusee, 3.5",
        "LC-102, verge, 2",
        "LC-103, anchor, n/a",
        "LC-104, deadbeat, 1.25",
    ]
    reader = ServiceLogReader(log)
    try:
        print("workshop hours:", total_hours(reader))
    except UnboundLocalError as exc:
        print("warnings so far:", reader.warnings)
        print("report aborted:", exc)
        print("BUG SHOWN")


if __name__ == "__main__":
    main()
