"""Coastguard incident board: open incidents, stand-downs and sweeps."""

import itertools


class Incident:
    def __init__(self, ref, vessel, kind, minutes_open):
        self.ref = ref
        self.vessel = vessel
        self.kind = kind
        self.minutes_open = minutes_open
        self.closed_reason = None


class IncidentBoard:
    STALE_AFTER = 120

    def __init__(self):
        self._refs = itertools.count(100)
        self.active = {}
        self.archive = []

    def open(self, vessel, kind, minutes_open=0):
        ref = f"CG-{next(self._refs)}"
        self.active[ref] = Incident(ref, vessel, kind, minutes_open)
        return ref

    def close(self, ref, reason):
        incident = self.active.pop(ref)
        incident.closed_reason = reason
        self.archive.append(incident)

    def _is_stale(self, incident):
        return incident.kind == "false alarm" or incident.minutes_open > self.STALE_AFTER

    def end_of_watch_sweep(self):
        """Stand down anything that no longer needs a crew."""
        for ref, incident in self.active.items():
            if self._is_stale(incident):
                self.close(ref, "stood down at watch change")


def main():
    board = IncidentBoard()
    board.open("Marlin", "engine failure", 30)
    board.open("unknown", "false alarm", 5)
    board.open("Sea Pie", "man overboard", 10)
    board.open("Kestrel", "aground", 200)
    try:
        board.end_of_watch_sweep()
    except RuntimeError as exc:
        print("sweep aborted:", exc)
        print("still active:", sorted(board.active))
        print("archived:", [i.ref for i in board.archive])
        if "changed size during iteration" in str(exc):
            print("BUG SHOWN")
        return
    print("sweep complete")


if __name__ == "__main__":
    main()
