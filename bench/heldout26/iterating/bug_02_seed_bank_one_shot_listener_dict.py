"""Seed bank vault events.

Vault sensors publish events (door opened, humidity alarm, sample
withdrawn).  Other components listen; some listeners only want the first
occurrence and remove themselves once they have seen it.
"""
import itertools
from dataclasses import dataclass


@dataclass(frozen=True)
class VaultEvent:
    kind: str
    detail: str


class VaultMonitor:
    def __init__(self):
        self._listeners = {}
        self._ids = itertools.count(1)

    def listen(self, callback):
        token = next(self._ids)
        self._listeners[token] = callback
        return token

    def forget(self, token):
        self._listeners.pop(token, None)

    def emit(self, event):
        for token, callback in self._listeners.items():
            callback(token, event)


class AuditTrail:
    def __init__(self):
        self.entries = []

    def __call__(self, token, event):
        self.entries.append(f"{event.kind}: {event.detail}")


class FirstAlarmPager:
    """Pages the curator on the first humidity alarm of the night only."""

    def __init__(self, monitor):
        self.monitor = monitor
        self.pages = []

    def __call__(self, token, event):
        if event.kind == "humidity-alarm":
            self.pages.append(event.detail)
            self.monitor.forget(token)


def main():
    monitor = VaultMonitor()
    audit = AuditTrail()
    pager = FirstAlarmPager(monitor)
    monitor.listen(pager)
    monitor.listen(audit)
    try:
        monitor.emit(VaultEvent("door", "vault B opened by S. Varga"))
        monitor.emit(VaultEvent("humidity-alarm", "vault B at 31% RH"))
        monitor.emit(VaultEvent("withdrawal", "accession TRIT-0442, 50 seeds"))
    except RuntimeError as exc:
        print(f"event dispatch failed: {exc}")
        print("audit so far:", audit.entries)
        print("BUG SHOWN")
        return
    print("audit:", audit.entries)
    print("pages:", pager.pages)
    print("OK")


if __name__ == "__main__":
    main()
