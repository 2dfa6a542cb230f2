"""Telephone interpreting agency.

An interpreting session holds one of the agency's conference lines.  The
session owns a small event emitter; the call platform pushes "segment" and
"hold" events into it, and the session bills minutes as they arrive.  When
a session object is discarded its finaliser gives the line back.
"""
import gc
from collections import defaultdict


class LinePool:
    def __init__(self, lines):
        self.idle = list(lines)
        self.in_use = {}

    def acquire(self, booking):
        line = self.idle.pop(0)
        self.in_use[line] = booking
        return line

    def give_back(self, line):
        self.in_use.pop(line, None)
        if line not in self.idle:
            self.idle.append(line)


LINES = LinePool(["+44 20 7946 0001", "+44 20 7946 0002"])


class Emitter:
    def __init__(self):
        self._handlers = defaultdict(list)

    def on(self, event, handler):
        self._handlers[event].append(handler)

    def emit(self, event, *args):
        for handler in self._handlers[event]:
            handler(*args)


class InterpretingSession:
    RATE_PER_MINUTE = {"standard": 1.10, "rare": 1.85}

    def __init__(self, booking, languages, band="standard"):
        self.booking = booking
        self.languages = languages
        self.band = band
        self.minutes = 0
        self.line = LINES.acquire(booking)
        self.events = Emitter()
        self.events.on("segment", lambda minutes: self._bill(minutes))
        self.events.on("hold", lambda minutes: self._bill(minutes / 2))

    def _bill(self, minutes):
        self.minutes += minutes

    def charge(self):
        return round(self.minutes * self.RATE_PER_MINUTE[self.band], 2)

    def __del__(self):
        LINES.give_back(self.line)


def run_call(booking, languages, band, segments):
    session = InterpretingSession(booking, languages, band)
    for kind, minutes in segments:
        session.events.emit(kind, minutes)
    return f"{booking} {'/'.join(languages)}: {session.minutes} min, GBP {session.charge()}"


def main():
    gc.disable()
    try:
        print(run_call("B-1701", ("en", "is"), "rare", [("segment", 12), ("hold", 4), ("segment", 9)]))
        print(f"lines in use after first call: {sorted(LINES.in_use.values())}")
        print(run_call("B-1702", ("en", "ja"), "standard", [("segment", 20)]))
        leaked = sorted(LINES.in_use.values())
        print(f"lines in use after both calls: {leaked}")
        gc.collect()
        print(f"after a full collection: {sorted(LINES.in_use.values())}")
    finally:
        gc.enable()
    if leaked:
        print("finished sessions still held their conference lines")
        print("BUG SHOWN")
    else:
        print("lines returned when calls ended")


if __name__ == "__main__":
    main()
