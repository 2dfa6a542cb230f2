"""Alarm book kept per cistern and shown on the estate dashboard."""
import time


class AlarmBook:
    def __init__(self):
        self.entries = []

    def raise_alarm(self, source, message, level="warning"):
        self.entries.append({"source": source, "message": message,
                             "level": level, "at": time.monotonic()})

    def open_alarms(self):
        return [e for e in self.entries if e["level"] != "cleared"]

    def __len__(self):
        return len(self.entries)

    def __repr__(self):
        return f"AlarmBook({len(self.entries)} entries)"
