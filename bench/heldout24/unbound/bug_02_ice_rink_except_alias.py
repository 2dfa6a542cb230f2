"""Ice rink timetable importer.

The front desk exports the week's ice sessions as a small text file, one
session per line:  ``<day> <start>-<end> <kind> [capacity]``.  Lines that do
not parse are skipped and reported, the rest become Session objects that
the booking screen shows.
"""
import logging
import sys
from dataclasses import dataclass
from datetime import time

log = logging.getLogger("rink.timetable")
log.propagate = False
_handler = logging.StreamHandler(sys.stdout)
_handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
log.addHandler(_handler)
log.setLevel(logging.INFO)

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
SESSION_KINDS = {"public": 250, "hockey": 40, "figure": 30, "learn": 60}


class SlotFormatError(ValueError):
    def __init__(self, lineno, reason):
        super().__init__(f"line {lineno}: {reason}")
        self.lineno = lineno


@dataclass(frozen=True)
class Session:
    day: str
    start: time
    end: time
    kind: str
    capacity: int

    def label(self):
        return (f"{self.day} {self.start:%H:%M}-{self.end:%H:%M} "
                f"{self.kind} ({self.capacity})")


def parse_clock(text, lineno):
    try:
        hours, minutes = text.split(":")
        return time(int(hours), int(minutes))
    except ValueError:
        raise SlotFormatError(lineno, f"bad clock value {text!r}") from None


def parse_line(line, lineno):
    parts = line.split()
    if len(parts) not in (3, 4):
        raise SlotFormatError(lineno, "expected 3 or 4 fields")
    day, span, kind = parts[:3]
    if day not in DAYS:
        raise SlotFormatError(lineno, f"unknown day {day!r}")
    if kind not in SESSION_KINDS:
        raise SlotFormatError(lineno, f"unknown session kind {kind!r}")
    start_text, _, end_text = span.partition("-")
    start, end = parse_clock(start_text, lineno), parse_clock(end_text, lineno)
    if end <= start:
        raise SlotFormatError(lineno, "session ends before it starts")
    capacity = int(parts[3]) if len(parts) == 4 else SESSION_KINDS[kind]
    return Session(day, start, end, kind, capacity)


def load_timetable(text):
    sessions = []
    skipped = 0
    for lineno, raw in enumerate(text.splitlines(), start=1):
        raw = raw.strip()
        if not raw or raw.startswith("#"):
            continue
        try:
            sessions.append(parse_line(raw, lineno))
        except SlotFormatError as problem:
            skipped += 1
            log.debug("skipping %s", problem)
    if skipped:
        log.warning("%d line(s) skipped, last problem: %s", skipped, problem)
    return sessions


EXPORT = """\
# week 14
mon 06:00-07:30 hockey
mon 10:00-12:00 public
tue 07:00-08:00 figure 24
tue 18:00-17:00 public
wed 16:30-17:15 learn
thu 25:00-26:00 hockey
sat 13:00-16:00 public 300
"""


def main():
    try:
        sessions = load_timetable(EXPORT)
    except UnboundLocalError as exc:
        print(f"import crashed: {exc}")
        print("BUG SHOWN")
        return
    for session in sessions:
        print(session.label())
    print(f"{len(sessions)} sessions imported")


if __name__ == "__main__":
    main()
