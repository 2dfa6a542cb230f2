"""Wristband scanners at a music festival's entry and exit gates."""

import sys
import threading
import time


class SiteCount:
    def __init__(self, capacity):
        self.capacity = capacity
        self.on_site = 0
        self.entry_lock = threading.Lock()
        self.exit_lock = threading.Lock()

    def _log(self, gate, delta):
        self.last_event = (gate, delta)
        # let the dashboard thread pick up the event
        time.sleep(0)

    def scan_in(self, gate):
        with self.entry_lock:
            count = self.on_site
            self._log(gate, +1)
            self.on_site = count + 1

    def scan_out(self, gate):
        with self.exit_lock:
            count = self.on_site
            self._log(gate, -1)
            self.on_site = count - 1


def gate_worker(site, gate, direction, scans, ready):
    ready.wait()
    scan = site.scan_in if direction == "in" else site.scan_out
    for _ in range(scans):
        scan(gate)


def main():
    sys.setswitchinterval(1e-6)
    site = SiteCount(capacity=50000)
    ready = threading.Event()
    workers = [
        threading.Thread(target=gate_worker, args=(site, "North", "in", 3000, ready)),
        threading.Thread(target=gate_worker, args=(site, "North", "out", 2000, ready)),
        threading.Thread(target=gate_worker, args=(site, "South", "out", 1000, ready)),
    ]
    for w in workers:
        w.start()
    ready.set()
    for w in workers:
        w.join()
    print("on site:", site.on_site, "expected: 0")
    if site.on_site != 0:
        print("BUG SHOWN")
    else:
        print("count consistent")


if __name__ == "__main__":
    main()
